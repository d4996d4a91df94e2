"""The same words in another order: a known mistake written as a right wording's words turned round ("it fell
behind, then ran ahead" beside the answer "it ran ahead, then fell behind") names an order the instructor calls
wrong, so it is no part of a right wording (`GraderBase._is_soft`), and an answer whose order is nearer the right
wording's than the mistake's is not that mistake (`in_right_order`)."""

from __future__ import annotations

import re

from ..matching import Prepared

__all__ = ["in_right_order", "reordered"]

_LEAST = 3  # content words: two may stand either way round in a right answer ("prices and wages", "wages and prices")
_WRITTEN = 4  # words as the instructor wrote them: a phrase, not a name or a figure the reader spells out
_WORD = re.compile(r"[^\W_]+")


def _places(pattern: Prepared, text: Prepared) -> list[int]:
    return [text.find_word(pattern.stems[i], pattern.words[i], None)[1] for i in pattern.content()]


def reordered(written: str, pattern: Prepared, text: Prepared) -> bool:
    """Does `text` say every content word of `pattern` (`written` so: a phrase of four words or more), not in the
    pattern's order?"""
    if len(pattern.content()) < _LEAST or len(_WORD.findall(written)) < _WRITTEN:
        return False
    places = _places(pattern, text)
    return all(p >= 0 for p in places) and places != sorted(places)


def _agreeing(a: list[int], b: list[int]) -> int:
    """Pairs of words that two texts say in the same order (their places in each; -1 for a word not said)."""
    n = len(a)
    return sum(1 for i in range(n) for j in range(i + 1, n)
               if min(a[i], a[j], b[i], b[j]) >= 0 and (a[i] < a[j]) == (b[i] < b[j]))


def in_right_order(pattern: Prepared, wording: Prepared, got: Prepared) -> bool:
    """Does the answer say a turned-round mistake's words in an order nearer the right wording's than the
    mistake's own ("until 1840 it ran ahead, then fell behind": the wording's)?"""
    mine = _places(pattern, got)
    return _agreeing(mine, _places(pattern, wording)) > _agreeing(mine, list(range(len(mine))))
