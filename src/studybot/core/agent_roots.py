"""English agent nouns and their verbs: the verbs a noun in "-er"/"-or" may be made on ("herders" -> herd, "swimmer"
-> swim, "carrier" -> carry), read by the grader where a point's participle is said by its agent noun
(`grading.agent_nouns`) and where a prompt's head noun names a verb's doer (`grading.person_asks`). A rule of
English word formation, no word of a text."""

from __future__ import annotations

__all__ = ["agent_roots"]

_SHORTEST_ROOT = 3  # letters of an agent noun before its "-er" ("herd" of "herder"; not "ul" of "ulcer")


def agent_roots(agent: str) -> set[str]:
    """The verbs an agent noun may be made on by its ending ("herders" -> herd, herde; "swimmer" -> swimm, swim;
    "carrier" -> carri, carry): a form the point's verb is checked against, never a word of its own."""
    noun = agent[:-1] if agent.endswith("s") else agent
    root = noun[:-2]
    found = {root, root + "e"}
    if len(root) > _SHORTEST_ROOT and root[-1] == root[-2]:
        found.add(root[:-1])  # "swimmer": "swim"
    if root.endswith("i"):
        found.add(root[:-1] + "y")  # "carrier": "carry"
    return {r for r in found if len(r) >= _SHORTEST_ROOT}
