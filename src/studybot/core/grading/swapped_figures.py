"""Two figures of a point given each with the other's words ("у теллура 53, у иода 52" for "у теллура 52, у иода
53"): read from the clause each figure stands in (`structured.contradicted`). The measure may be named once, with the
first figure, in both ("у иода заряд ядра 52, а у теллура 53" for "у теллура заряд ядра 52, у иода 53"): its words
then tell neither figure's owner. Figures joined in one clause by a word that only joins ("and", "while", "и", "а")
each go with their own side of it ("a third went to the towns and two thirds to the army" for "two thirds went to
the towns and a third to the army"; "20% was sold and 80% kept" for "80% was sold and 20% kept"). No word of any
text."""

from __future__ import annotations

import re

from ..aliases import WORD
from ..matching import CLAUSE_SPLIT, Prepared
from ..quantities import find_quantities

__all__ = ["figures_swapped"]

# words that only join two sides of a clause, each of which may hold a figure of its own
_JOINS = {"en": frozenset("and while whilst whereas but".split()), "ru": frozenset("и а но".split())}
# "a 3 to the army" (a third, no "of" after it: read as a share only before "of"), "0.25 kept" (a quarter)
_A_PART = re.compile(r"\b(?:a|an) ([3-9]|10)\b(?! ?%| of\b)")
_DECIMAL_PART = re.compile(r"(?<![\d.])(0\.25|0\.5|0\.75)(?= [^\W\d_])")
_RU_BARE = re.compile(r"\b(?:треть|трети|четверть|четверти|половин[аеуы])\b")
_RANGE = re.compile(r"\b(?:between|между) \S+$")  # "between 20 and 30", "между 20 и 30": one range, not two sides
_RU_BARE_VALUES = {"трет": 33, "четверт": 25, "половин": 50}


def _sides(piece: str, code: str) -> list[str]:
    """A clause cut at each word that only joins (`_JOINS`) where a figure stands on both sides of it, else whole
    ("80% was sold and 20% kept": two sides; "between 20 and 30 kept": whole, a range)."""
    joins = _JOINS.get(code, frozenset())
    words = piece.split(" ")
    cuts = [k for k, w in enumerate(words) if w in joins and 0 < k < len(words) - 1]
    if not cuts:
        return [piece]
    sides, start = [], 0
    for k in cuts:
        left, right = " ".join(words[start:k]), " ".join(words[k + 1:])
        if _has_figure(left, code) and _has_figure(right, code) and _worded(left) and not _RANGE.search(left):
            sides.append(left)
            start = k + 1
    sides.append(" ".join(words[start:]))
    return sides


def _has_figure(text: str, code: str) -> bool:
    return bool(_values(text, code))


def _values(piece: str, code: str) -> list[float]:
    """The figures a piece of a normalised text says, a share as its percentage whole ("a 3", "a third" not followed
    by "of", is 33; "0.25 kept", "a quarter kept", is 25; Russian "треть", "четверть", "половина" alone are 33, 25,
    50), so that a share is the same figure whichever way each text says it."""
    named = [round(100 / int(m.group(1))) for m in _A_PART.finditer(piece)]  # (67% and 33% as the text says them)
    named += [round(100 * float(m.group(1))) for m in _DECIMAL_PART.finditer(piece)]
    if code == "ru":
        named += [v for m in _RU_BARE.finditer(piece) for k, v in _RU_BARE_VALUES.items() if m.group(0).startswith(k)]
    parts = {float(m.group(1)) for pattern in (_A_PART, _DECIMAL_PART) for m in pattern.finditer(piece)}
    return [*map(float, named), *(q.value for q in find_quantities(piece, normalised=True, lang=code)
                                  if q.value not in parts)]


def _worded(text: str) -> bool:
    """Does a side hold a word besides its figures (not "20" of "between 20 and 30")?"""
    return any(not w[0].isdigit() for w in WORD.findall(text) if len(w) > 2)


def _figure_places(text: Prepared) -> list[tuple[list[float], set[str]]]:
    """Each clause of a text that holds figures, with the words it says them with ("у теллура 52, у иода 53")."""
    places: list[tuple[list[float], set[str]]] = []
    for piece in (side for clause in CLAUSE_SPLIT.split(text.text) for side in _sides(clause, text.lang.code)):
        figures = _values(piece, text.lang.code)
        if figures:
            words = {text.lang.stem(w) for w in WORD.findall(_RU_BARE.sub(" ", piece))
                     if not w[0].isdigit() and w not in text.lang.lex.stop}
            places.append((figures, words))
    return places


def _by_figure(places: list[tuple[list[float], set[str]]], left_out: set[str]) -> dict[float, set[str]]:
    out: dict[float, set[str]] = {}
    for values, words in places:
        for value in values:
            out.setdefault(value, set()).update(words - left_out)
    return out


def _measure_once(mine: list[tuple[list[float], set[str]]], theirs: list[tuple[list[float], set[str]]]) -> set[str]:
    """The words both texts give in their first clause of figures only: the measure named once ("заряд ядра")."""
    if not mine or not theirs:
        return set()
    later = set().union(*(w for _, w in mine[1:]), *(w for _, w in theirs[1:]))
    return (mine[0][1] & theirs[0][1]) - later


def figures_swapped(point: Prepared, got: Prepared) -> bool:
    """Two figures of a point given each with the other's words ("у теллура 53, у иода 52" for
    "у теллура 52, у иода 53")."""
    placed, given = _figure_places(point), _figure_places(got)
    return any(_swapped(_by_figure(placed, left_out), _by_figure(given, left_out))
               for left_out in (set(), _measure_once(placed, given)))


def _swapped(mine: dict[float, set[str]], theirs: dict[float, set[str]]) -> bool:
    def elsewhere(a: float, b: float) -> bool:  # `a` given with `b`'s words and none of its own
        return bool(theirs[a] & (mine[b] - mine[a])) and not theirs[a] & (mine[a] - mine[b])
    return any(elsewhere(a, b) and elsewhere(b, a) for a in mine for b in mine
               if a != b and a in theirs and b in theirs)
