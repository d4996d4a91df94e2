"""English: two opposite words of a point ("warm", "cold") exchanged across its verb. "warm water above pressed the cold
water down" is not made by "cold water above pressed the warm water down": every word is there, but what the point
says of the one thing the answer says of the other. Read where the point has the two opposites (`Language.opposite`)
in one clause with a content word between them, and the answer has them in that clause the other way round with one
of the point's words between them, and not the point's way too. A passive ("... was pressed down by the warm water")
or a comparison ("than") may turn a clause round, and is left alone. Only the order of words: no word of any text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["opposites_swapped"]

_TURNING = frozenset(("by", "than", "was", "were", "is", "are", "been", "being"))


def _pairs(text: Prepared, positions: list[int]) -> list[tuple[int, int]]:
    """The opposite words of a text, as (earlier, later) positions in one clause."""
    lang = text.lang
    return [(i, k) for n, i in enumerate(positions) for k in positions[n + 1:]
            if text.clauses[i] == text.clauses[k] and lang.opposite(text.stems[i], text.stems[k])]


def opposites_swapped(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses that make the point (`positions`), say two of its opposite words the other
    way round across a word of the point that stands between them?"""
    if got.lang.code != "en" or not positions:
        return False
    content = point.content()
    clauses = {got.clauses[j] for j in positions}
    mine = [j for j in got.content() if got.clauses[j] in clauses]
    for i, k in _pairs(point, content):
        between = {point.stems[m] for m in content if i < m < k}
        if not between:
            continue
        theirs = _pairs(got, mine)
        if any((got.stems[a], got.stems[b]) == (point.stems[i], point.stems[k]) for a, b in theirs):
            continue  # (said the point's way too)
        for a, b in theirs:
            if (got.stems[a], got.stems[b]) != (point.stems[k], point.stems[i]):
                continue
            clause = [w for n, w in enumerate(got.words) if got.clauses[n] == got.clauses[a]]
            if any(got.stems[m] in between for m in mine if a < m < b) and _TURNING.isdisjoint(clause):
                return True
    return False
