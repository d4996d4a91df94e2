"""Two figures of a point given each with the other's words ("у теллура 53, у иода 52" for "у теллура 52, у иода
53"): read from the clause each figure stands in (`structured.contradicted`). The measure may be named once, with the
first figure, in both ("у иода заряд ядра 52, а у теллура 53" for "у теллура заряд ядра 52, у иода 53"): its words
then tell neither figure's owner. Figures said in one clause are read too by the words before each, since the
figure before ("the north farm had 40 cows and the south 15": 15 is the south's; "мужчины 29% а женщины 13%").
No word of any text."""

from __future__ import annotations

import re

from ..aliases import WORD
from ..matching import CLAUSE_SPLIT, Prepared
from ..quantities import find_quantities

__all__ = ["figures_swapped"]


def _figure_places(text: Prepared) -> list[tuple[list[float], set[str]]]:
    """Each clause of a text that holds figures, with the words it says them with ("у теллура 52, у иода 53")."""
    places: list[tuple[list[float], set[str]]] = []
    for piece in CLAUSE_SPLIT.split(text.text):
        figures = find_quantities(piece, normalised=True, lang=text.lang.code)
        if figures:
            places.append(([q.value for q in figures], _words_of(text, piece)))
    return places


# a text cut after each figure: the words a figure follows since the one before ("the north farm had 40")
_TO_FIGURE = re.compile(r"\D*?\d+(?:[.,:]\d+)*\s*%?")


def _words_of(text: Prepared, piece: str) -> set[str]:
    return {text.lang.stem(w) for w in WORD.findall(piece) if not w[0].isdigit() and w not in text.lang.lex.stop}


def _figure_runs(text: Prepared) -> list[tuple[list[float], set[str]]]:
    """Each figure of a text that holds two or more, with the words before it since the figure before."""
    runs = _TO_FIGURE.findall(text.text)
    places: list[tuple[list[float], set[str]]] = []
    for run in runs if len(runs) >= 2 else ():
        figures = find_quantities(run, normalised=True, lang=text.lang.code)
        if len(figures) == 1:
            places.append(([figures[0].value], _words_of(text, run)))
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
    if any(_swapped(_by_figure(placed, left_out), _by_figure(given, left_out))
           for left_out in (set(), _measure_once(placed, given))):
        return True
    placed, given = _figure_runs(point), _figure_runs(got)
    return bool(placed and given) and _swapped(_by_figure(placed, set()), _by_figure(given, set()))


def _swapped(mine: dict[float, set[str]], theirs: dict[float, set[str]]) -> bool:
    def elsewhere(a: float, b: float) -> bool:  # `a` given with `b`'s words and none of its own
        return bool(theirs[a] & (mine[b] - mine[a])) and not theirs[a] & (mine[a] - mine[b])
    return any(elsewhere(a, b) and elsewhere(b, a) for a in mine for b in mine
               if a != b and a in theirs and b in theirs)
