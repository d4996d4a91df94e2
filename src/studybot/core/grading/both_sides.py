"""A point of a choice ("a steam engine rather than a water wheel", "на угле, а не на дровах") made by a wording that
names only what was chosen ("steam engine"), in an answer that claims the other side too, in the same role: "a steam
engine and a water wheel", "a water wheel as well as a steam engine", "на угле и на дровах". The answer says both were
used, which the point denies: the wording is not made. The other side said in another role ("a steam engine, since
the water wheel froze") is no such claim, nor is one the answer denies ("a steam engine, not a water wheel"): only the
two joined by a word that adds one to the other, nothing else between. A rule of the language, no word of a text."""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared, find_phrase

__all__ = ["both_claimed"]

# words that add one thing to another in the same role ("and", "as well as", "и", "а также"), with what may stand
# between them ("both ... and", a determiner, a preposition said again: "на угле и на дровах")
_ADDING = {"en": frozenset("and or plus also as well both".split()), "ru": frozenset("и или а также".split())}


def both_claimed(chosen: tuple[str, str], ref: Prepared, got: Prepared, positions: tuple[int, ...],
                 prep: Callable[[str], Prepared]) -> bool:
    """Does a wording of what a point chose (`chosen`: the point's (Y, X) of "Y rather than X"), not saying X itself,
    stand in the answer joined to X by a word that adds one to the other?"""
    said, denied = chosen
    adding = _ADDING.get(got.lang.code)
    if not said or not denied or not positions or adding is None or adding.isdisjoint(got.words):
        return False
    other, mine = prep(denied), prep(said)
    theirs = {other.stems[i] for i in other.content()} - {mine.stems[i] for i in mine.content()}
    if not theirs or any(ref.stems[i] in theirs for i in ref.content()):
        return False  # (a wording that names X itself is read with it; "loom" of "power loom", "hand loom" is none)
    found = find_phrase(other, got, negation=False)
    if found is None or not found.positions:
        return False
    own = tuple(p for p in positions if p not in found.positions)  # ("loom" of "power loom" may be X's "loom")
    if not own:
        return False
    first, second = sorted((own, found.positions), key=min)
    gap = got.words[max(first) + 1:min(second)]
    lex = got.lang.lex
    rest = [got.words[j] for j in range(min(second), len(got.words)) if got.clauses[j] == got.clauses[min(second)]]
    return any(w in adding for w in gap) and all(w in adding or w in lex.stop and w not in lex.negators for w in gap) \
        and lex.negators.isdisjoint(rest)  # ("a steam engine, and a water wheel was not used")
