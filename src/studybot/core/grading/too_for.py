"""Who is too much for whom (issue #11): "the harbour was too small for the grain ships" compares the harbour with
the ships, as "smaller than" would, so the two things swapped around "too ... for" say another thing ("the grain
ships were too small for the harbour"), while the comparison turned round with them says the same ("the ships were
too big for the harbour"), and the quality turned round alone says the opposite ("the harbour was too big for the
ships").

A clause is read as its first term (the content words before "too"), the quality right after "too", and its second
term (the content words after the "for" that follows the quality, to the end of the clause). A quality is placed
on its measured property's scale by the language's comparison words (`lexicon_compare`: "small" is less of "big",
"weak" less of "strong"); a quality of no known scale is compared by its stem alone. "too shallow for big ships to
reach the quay" says what the ships could not do (`phrases`), no comparison: a clause with "to" after its second
term is not read. Only the order of words and the language's comparison words: no word of any text.
"""

from __future__ import annotations

from typing import NamedTuple

from ..comparisons import quality_scale
from ..matching import Prepared

__all__ = ["too_for_crossed"]

_WORDS = {"en": ("too", "for", "to")}  # the word of excess, the word before the second term, an infinitive's


class _Excess(NamedTuple):
    first: frozenset[str]  # the stems of the first term
    scale: str  # the quality's property (or its own stem), and which way it goes on it
    sign: int
    second: frozenset[str]


def _scale(p: Prepared, i: int) -> tuple[str, int]:
    """The property a quality measures and its way on it ("small": big, -1), or its stem and +1."""
    return quality_scale(p.words[i], p.lang.code) or (p.stems[i], 1)


def _excesses(p: Prepared, clauses: set[int] | None = None) -> list[_Excess]:
    """The "X is too Q for Y" of a text, in the given clauses (None: all)."""
    words = _WORDS.get(p.lang.code)
    if words is None or words[0] not in p.words:
        return []
    too, before, infinitive = words
    content = set(p.content())
    out = []
    for t, word in enumerate(p.words[:-2]):
        clause = p.clauses[t]
        if word != too or p.words[t + 2] != before or p.clauses[t + 2] != clause \
                or clauses is not None and clause not in clauses:
            continue
        here = [k for k in range(len(p.words)) if p.clauses[k] == clause]
        after = [k for k in here if k > t + 2]
        if any(p.words[k] == infinitive for k in after):
            continue  # "too shallow for big ships to reach the quay": what they could not do
        first = frozenset(p.stems[k] for k in here if k < t and k in content)
        second = frozenset(p.stems[k] for k in after if k in content)
        if first and second:
            out.append(_Excess(first, *_scale(p, t + 1), second))
    return out


def too_for_crossed(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses of the words that made a point, say the point's "X too Q for Y" with X and Y
    exchanged and Q kept ("the ships were too small for the harbour" for "the harbour was too small for the ships"),
    or with X and Y kept and Q turned round ("the harbour was too big for the ships")?"""
    mine = _excesses(point)
    if not mine or not positions:
        return False
    theirs = _excesses(got, {got.clauses[j] for j in positions})
    for a in mine:
        for b in theirs:
            if a.scale != b.scale:
                continue
            kept = bool(a.first & b.first) and not a.first & b.second
            swapped = bool(a.first & b.second) and bool(a.second & b.first) and not a.first & b.first
            if kept and a.sign != b.sign or swapped and a.sign == b.sign:
                return True
    return False
