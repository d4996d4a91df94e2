"""What a thing turns into: in "the lake turns into a marsh", "the lake became a marsh", "озеро превратилось в
болото", "озеро стало болотом" the thing before the verb of becoming is what was, the thing after it what it became.
An answer that names the two the other way round ("the marsh became a lake", "болото превращается в озеро") says the
opposite change. Rules of English and Russian word order, not words of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["becoming_flipped"]

# verbs of becoming, each with the word that must follow it, if any ("turned into a marsh", "превратилось в болото";
# "became a marsh", "стало болотом")
_BECOMING: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    "en": ((frozenset("become becomes became becoming".split()), ""),
           (frozenset("turn turns turned turning change changes changed changing".split()), "into")),
    "ru": ((frozenset("превратился превратилась превратилось превратились превращается превращаются превращался "
                      "превращалась превращалось превращались превратится превратятся превратить превращать "
                      "превратили превращали превращен превращена превращено превращены".split()), "в"),),
}
_RU_BECAME = frozenset("стал стала стало стали становится становятся становился становилась становилось "
                       "становились станет станут".split())
_INFINITIVE = ("ть", "ться", "ти", "чь")  # "стали строить": they began building, no becoming


def _verb(text: Prepared) -> int:
    """Where a text's verb of becoming stands (-1: none)."""
    for j, word in enumerate(text.words):
        nxt = text.words[j + 1] if j + 1 < len(text.words) else ""
        if any(word in verbs and (not after or nxt == after) for verbs, after in _BECOMING.get(text.lang.code, ())):
            return j
        if text.lang.code == "ru" and word in _RU_BECAME and nxt and not nxt.endswith(_INFINITIVE) \
                and nxt not in text.lang.lex.stop:
            return j
    return -1


def _sides(text: Prepared, at: int) -> tuple[set[str], set[str]]:
    """The content stems before and after the verb of becoming, in its clause."""
    clause = text.clauses[at]
    mine = [j for j in text.content() if text.clauses[j] == clause and j != at]
    return {text.stems[j] for j in mine if j < at}, {text.stems[j] for j in mine if j > at}


def becoming_flipped(point: Prepared, got: Prepared) -> bool:
    """Does the answer name what the point says a thing became as what it was, and what it was as what it became
    ("the marsh became a lake" for "the lake became a marsh")?"""
    here = _verb(point)
    if here < 0:
        return False
    there = _verb(got)
    if there < 0:
        return False
    was, became = _sides(point, here)
    their_was, their_became = _sides(got, there)
    own_was, own_became = was - became, became - was
    return bool(own_became & their_was) and bool(own_was & their_became)
