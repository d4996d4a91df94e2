"""A person asked for, said only inside a relative clause on another noun: "the bishop who argued with Ardwin",
"епископ, который спорил с Ардвином" for "Ardwin" names the bishop, another person described by what he did to the
one asked for. The name said before the clause ("Ardwin, who argued with the bishop") is the answer, as is a
clause of naming ("the biologist who was called Ardwin", "биолог, которого звали Ардвин").

Rules of English and Russian relative clauses, no word of a text: the clause opens with a relative pronoun
(`_RELATIVES`), its noun is the content word right before it (a comma between), which is no word of a right wording
nor of the question (`allowed`), and none of the name's words stands before the pronoun.
"""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["other_described"]

_RELATIVES = {"en": frozenset(("who", "whom", "whose", "that", "which")),
              "ru": frozenset(("который", "которого", "которому", "которым", "котором", "которая", "которой",
                               "которую", "которые", "которых", "которыми", "кто", "кого", "кому", "кем"))}
# verbs of naming after the pronoun: the clause gives the name itself
_NAMING = frozenset(("called", "named", "known", "was", "is", "звали", "зовут", "называли", "называют", "назвали",
                     "прозвали", "был", "была", "есть"))


def other_described(ref: Prepared, got: Prepared, allowed: frozenset[str]) -> str:
    """The noun of a relative clause in which alone the answer says the name that makes the wording, or ""."""
    relatives = _RELATIVES.get(got.lang.code)
    content = ref.content()
    capitals = {ref.lang.stem(w) for w in ref.capitalised}  # (a name in another case: "Томаса" of "томас")
    if not relatives or not content or any(ref.words[i] not in ref.capitalised and ref.stems[i] not in capitals
                                           for i in content):
        return ""  # (a wording of a name alone: every content word in capitals)
    names = {ref.stems[i] for i in content}
    said = [j for j, st in enumerate(got.stems) if st in names]
    pronoun = next((r for r, w in enumerate(got.words) if w in relatives), -1)
    if pronoun < 1 or not said or min(said) < pronoun or any(got.clauses[j] != got.clauses[pronoun] for j in said):
        return ""  # (the name before the clause, or after it: "the scholar who defended Darwin, Ardwin")
    if pronoun + 1 < len(got.words) and got.words[pronoun + 1] in _NAMING:
        return ""
    head = pronoun - 1
    if head not in got.content() or got.stems[head] in allowed or got.stems[head] in names \
            or got.words[head] in got.capitalised:
        return ""
    return got.words[head]
