"""A known mistake that a right answer says the other way round: a long `mistakes` pattern is matched as a phrase,
a little slack allowed, so its words may stand in a right answer with their roles exchanged. It is not said by an
answer that compares its two things the other way round ("hydrogen gave far more lift than hot air" for the mistake
"hot air gives more lift than hydrogen"; "hydrogen gave less lift than hot air" says the mistake again), nor by one
that gives each of its two parties the other's role ("Aurèle trained his brother Bastien" for "Bastien trained his
brother Aurèle") or its verb to another doer (`doer_swap`), as a keypoint is read. A comparison's two things are the
words before and after its "than" (`comparing` where the compared word is one of a direction; any other compared
word, "sharper", is the same in both when the phrase matched). Only the order of words: no word of any text."""

from __future__ import annotations

from ..comparing import Sides, comparison_sides, crossed
from ..lexicon_compare import COMPARISONS
from ..matching import Prepared
from .crossed_roles import pattern_roles_crossed
from .doer_swap import doer_exchanged
from .parties import Parties, roles_swapped
from .place_sides import place_flipped

__all__ = ["said_other_way"]


def _sides(p: Prepared) -> dict[int, Sides]:
    """The comparisons of a text by clause (`comparing.comparison_sides`), and in a clause without one the two
    sides of its "than": the content words before it and after it, and the first of each."""
    sides = dict(comparison_sides(p))
    cmp = COMPARISONS.get(p.lang.code)
    if cmp is None or cmp.than.isdisjoint(p.words):
        return sides
    content = p.content()
    for t, word in enumerate(p.words):
        clause = p.clauses[t]
        if word not in cmp.than or clause in sides:
            continue
        left = [i for i in content if i < t and p.clauses[i] == clause]
        right = [i for i in content if i > t and p.clauses[i] == clause]
        if left and right:
            sides[clause] = (frozenset(p.stems[i] for i in left), frozenset(p.stems[i] for i in right),
                             p.stems[left[0]], p.stems[right[0]])
    return sides


def _compared_other_way(want: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, where it says the pattern's words, compare the pattern's two things with their sides
    swapped and the same way ("more" both times: the opposite claim)?"""
    mine = _sides(want)
    if not mine:
        return False
    theirs = _sides(got)
    for clause in {got.clauses[j] for j in positions}:
        if clause in theirs and any(crossed(side, theirs[clause]) for side in mine.values()):
            here = [j for j in range(len(got.words)) if got.clauses[j] == clause]
            return want.direction() == got.direction(here)  # ("less ... than" with the sides swapped: the same)
    return False


def said_other_way(want: Prepared, got: Prepared, positions: tuple[int, ...], parties: Parties) -> bool:
    """Does the answer say a mistake pattern's words (at `positions`) with its comparison or its roles turned
    round: the opposite of the mistake?"""
    return _compared_other_way(want, got, positions) or roles_swapped(want, got, parties) \
        or doer_exchanged(want, got, positions) or place_flipped(want, got, positions) \
        or pattern_roles_crossed(want, got)  # "под крылом" for "над"; "мох даёт камню" for "камень даёт мху"
