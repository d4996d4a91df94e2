"""A score is an ordered pair of small whole figures: "13:11", "13-11", "13–11", "13 - 11" and "13 to 11" are one
score, and "11:13" is another (the other side is ahead). A wording's pair given the other way round, and not its
own way, is a wrong figure (`GraderBase._hard_checks`, `structured.contradicted`); the same pair in another writing
is the card's bare "13:11" though that reads as a time of day too (`ShortGrading._as_time`). A range ("10-12
days", "1984-85") keeps its reading: only its reversal is told apart. A ratio of three figures or more ("9:3:3:1")
is its figures in their order, each as often as it is written: "9:3:1" and "1:3:3:9" are other ratios, though they
hold the same figures (`ratio_changed`). No word of any text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import may_hold_digit

__all__ = ["pair_reversed", "ratio_changed", "same_pair_as_clock", "written_pairs"]

# two whole figures of one to three digits, neither part of a longer figure, a date, a time range or a decimal
_PAIR = re.compile(r"(?<![\w.,:/+\-–—])(\d{1,3})(?![.,]\d)\s*(?::|-|–|—|\bto\b)\s*(\d{1,3})(?!\d|[.,:/\-–—]\d)")
# figures said only in words ("шесть ноль", "six four" read as "6 0", "6 4"): a pair side by side
_SPOKEN = re.compile(r"(?<![\w.,:/+\-–—])(\d{1,3}) (\d{1,3})(?![\w.,:/\-–—])")


def written_pairs(text: Prepared) -> set[tuple[int, int]]:
    """The ordered pairs a text writes as a score ("13:11", "13-11", "13 to 11"); and, where it gives every figure
    in words, two figures side by side ("шесть ноль")."""
    numbered = text._numbered or text.text  # (its number words as digits, its times of day not yet read: "13:11")
    if not may_hold_digit(numbered):
        return set()  # (no figure: no pair, written or spoken; most wordings and answers are searched no further)
    pairs = {(int(m.group(1)), int(m.group(2))) for m in _PAIR.finditer(numbered)}
    if not any(c.isdigit() for c in text.written):
        pairs.update((int(m.group(1)), int(m.group(2))) for m in _SPOKEN.finditer(numbered))
    return pairs


def pair_reversed(ref: Prepared, got: Prepared) -> tuple[int, int] | None:
    """A pair of the wording's ("5:0") the answer gives only the other way round ("0:5"), or None."""
    mine = written_pairs(ref)
    if not mine:
        return None
    theirs = written_pairs(got)
    return next(((a, b) for a, b in sorted(mine) if a != b and (b, a) in theirs and (a, b) not in theirs), None)


def same_pair_as_clock(clock: float, got: Prepared) -> bool:
    """Does the answer give a card's bare "13:11" (read as a time, `clock` minutes after midnight) as the same pair
    in another writing ("13-11", "13 to 11"), and no other pair?"""
    theirs = written_pairs(got)
    return len(theirs) == 1 and divmod(int(clock), 60) == next(iter(theirs)) and clock == int(clock)


# a ratio of three small whole figures or more, written with colons, dashes, "to" or spaces ("9:3:3:1", "9-3-3-1",
# "9 to 3 to 3 to 1", "9 3 3 1"); no part of a longer figure or a decimal
_RATIO = re.compile(r"(?<![\w.,:/\-–])\d{1,3}(?:(?:\s*(?::|-|–|\bto\b)\s*|\s+)\d{1,3}(?![.,]\d)){2,}(?![\w:/]|[.,]\d)")
_FIGURE = re.compile(r"(?<![\d.,])\d+(?![.,]?\d)")


def ratio_changed(ref: Prepared, got: Prepared) -> str | None:
    """A wording's ratio of three figures or more ("9:3:3:1", "9 3 3 1") that the answer does not give in its order
    with each of its figures ("9:3:1", "1:3:3:9", "9, 3 and 1"), while it gives figures; None when it does ("9 3 3
    1", "nine to three to three to one") or gives none (the figure checks tell it that)."""
    numbered = ref._numbered or ref.text
    if not may_hold_digit(numbered):
        return None
    theirs = [int(f) for f in _FIGURE.findall(got._numbered or got.text)]
    if not theirs:
        return None
    for m in _RATIO.finditer(numbered):
        mine = [int(f) for f in re.findall(r"\d+", m.group(0))]
        if not any(theirs[i:i + len(mine)] == mine for i in range(len(theirs) - len(mine) + 1)):
            return ":".join(map(str, mine))
    return None
