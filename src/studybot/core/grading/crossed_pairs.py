"""Two points that each pair two things ("Harwick, glass", "Lindmoor, clocks") made by an answer
that pairs them the other way round, one thing of each point in each of two clauses ("in Harwick he made
clocks, and in Lindmoor glass", "в Линдморе делал стекло, а в Гервице часы"): each clause
says one pairing, and neither is the point's, so neither point is made. Rules of how a sentence pairs things (each
clause its own pair), not words of a text; only for points met by two words each (longer points are met by words
spread over the answer's clauses without pairing anything).

And in a list, one item of the answer names one point: where the same words of the answer meet two points, and they
are the words of one point's wording and of none of the other's, they name that one alone ("the creek" is the point
"the creek", not also the point "the brook" beside it, though the dictionary gives the two words as one;
`taken_twice`)."""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared
from ..packs import Card

__all__ = ["crossed_pairs", "taken_twice"]

_PAIR = 2  # words that meet a point of two things


def crossed_pairs(places: list[tuple[int, ...]], of: list[int]) -> set[int]:
    """The points (by index) met each by two words in two clauses (`of`: the clause of each answer word), where
    another point is met in the same two clauses: one word of each in each clause."""
    out: set[int] = set()
    spread = {i: frozenset(of[j] for j in at) for i, at in enumerate(places) if len(at) == _PAIR}
    for a, clauses in spread.items():
        if len(clauses) != _PAIR:
            continue
        for b, theirs in spread.items():
            if b > a and theirs == clauses and set(places[a]).isdisjoint(places[b]):
                out |= {a, b}
    return out


def taken_twice(card: Card, places: list[tuple[int, ...]], got: Prepared,
                prep: Callable[[str], Prepared]) -> set[int]:
    """The points (by index) of a list card met only by answer words that meet another point too and say that one
    point's wording word for word (by stems), and none of their own."""
    if card.kind != "list":
        return set()
    out: set[int] = set()
    for a, mine in enumerate(places):
        for b, theirs in enumerate(places):
            if a == b or not mine or set(mine) != set(theirs):
                continue
            said = frozenset(got.stems[j] for j in mine)
            if said in _wordings(card, b, prep) and said not in _wordings(card, a, prep):
                out.add(a)
    return out


def _wordings(card: Card, k: int, prep: Callable[[str], Prepared]) -> set[frozenset[str]]:
    """The content stems of each wording of the card's point `k` (its point and accepted wordings)."""
    point = card.keypoints[k]
    return {frozenset(read.stems[i] for i in read.content()) for read in map(prep, (point.point, *point.accept))}
