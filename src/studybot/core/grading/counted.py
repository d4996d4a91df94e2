"""Figures inside a keypoint. A wording whose figures the answer gives (checked as quantities, in any unit or
decimal mark: "83.6 кг" for "83,6 кг", "58 сантиметров" for "58 см") is matched on its other words; and a term
the answer counts with another figure than the point's ("2 FADH2" for "1 FADH2", though "an FADH2" is one of its
wordings) is not the point. Rules of writing figures, no words of a text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon_measures import EN_DIMENSIONS, RU_DIMENSIONS
from ..lexicon_negative import GOVERNING_NEGATORS
from ..matching import Prepared

__all__ = ["figure_stems", "other_count_before"]

_WORD = re.compile(r"[^\W_]+")


def figure_stems(ref: Prepared, prep: Callable[[str], Prepared], got: Prepared) -> frozenset[str]:
    """The stems of the words that write a wording's measures and their units ("83", "6", "кг" of "83,6 кг");
    none when it has a bare count, whose place among the words tells what it counts ("у теллура 52"), or when the
    answer denies a figure, a negator right before it ("not 10 days", "не 10 дней"): then its words are matched
    as words, the negation with them."""
    if any(q.kind == "count" for q in ref.quantities) or _denied(got):
        return frozenset()
    return frozenset(st for q in ref.quantities for st in prep(q.text).stems) | _dimensions_said(ref, got)


# the words that name what a figure of a kind measures, one group a measure (word beginnings, both languages):
# "длина 11,2 км" is said by "11,2 км", "a mass of 830 kg" by "830 kg" or "weighs 830 kg"; the dimensions of a
# length are the tutor's (`lexicon_measures`), joined with distance
_LENGTHS = tuple("|".join((*en, *ru)) for (_, en), (_, ru) in zip(EN_DIMENSIONS, RU_DIMENSIONS, strict=True))
_DIMENSIONS: dict[str, tuple[re.Pattern[str], ...]] = {kind: tuple(re.compile(rf"(?:{group})") for group in groups)
                                                       for kind, groups in {
    "length": (*_LENGTHS, "расстояни|distance"),
    "mass": (r"масс|вес(?:$|а$|у$|ом$|ил|ит|ят|ящ)|mass|weigh",),
    "temperature": ("температур|temperature",),
    "speed": ("скорост|speed|velocity",),
}.items()}


def _dimensions_said(ref: Prepared, got: Prepared) -> frozenset[str]:
    """The stems of a wording's words that name what its figures measure ("длина" of "длина 11,2 км"), said by the
    figures themselves, unless the answer names another measure ("высота 58 см" for "диаметр 58 см")."""
    out: set[str] = set()
    for kind in {q.kind for q in ref.quantities} & _DIMENSIONS.keys():
        for group in _DIMENSIONS[kind]:
            mine = {ref.stems[i] for i in ref.content() if group.match(ref.words[i])}
            others = [g for g in _DIMENSIONS[kind] if g is not group]
            if mine and not any(g.match(got.words[i]) for g in others for i in got.content()):
                out |= mine
    return frozenset(out)


def _denied(got: Prepared) -> bool:
    """Is a figure of the answer said with a negator right before it ("not 10 days", "не 10 дней")?"""
    negators = GOVERNING_NEGATORS.get(got.lang.code, frozenset())
    return any(w in negators and i + 1 < len(got.words) and got.words[i + 1][:1].isdigit()
               for i, w in enumerate(got.words))


def other_count_before(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer count a matched term with a figure the point does not give ("2 FADH2" for a point of
    "1 FADH2")? Only bare counts (a figure alone, right before the term) of a point that has counts."""
    counts = {q.value for q in point.quantities if q.kind == "count"}
    if not counts:
        return False
    for j in positions:
        before = got.words[j - 1] if j > 0 else ""
        if before.isdigit() and float(before) not in counts and (j - 1) not in positions \
                and got.clauses[j - 1] == got.clauses[j]:
            return True
    return False
