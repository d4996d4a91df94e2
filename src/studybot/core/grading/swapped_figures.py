"""Two figures of a point given each with the other's words ("у теллура 53, у иода 52" for "у теллура 52, у иода
53"): read from the clause each figure stands in (`structured.contradicted`). No word of any text."""

from __future__ import annotations

from ..aliases import WORD
from ..matching import CLAUSE_SPLIT, Prepared
from ..quantities import find_quantities

__all__ = ["figures_swapped"]


def _figure_places(text: Prepared) -> dict[float, set[str]]:
    """Each figure of a text with the words of the clause it stands in ("у теллура 52, у иода 53")."""
    places: dict[float, set[str]] = {}
    for piece in CLAUSE_SPLIT.split(text.text):
        figures = find_quantities(piece, normalised=True, lang=text.lang.code)
        if figures:
            words = {text.lang.stem(w) for w in WORD.findall(piece)
                     if not w[0].isdigit() and w not in text.lang.lex.stop}
            for q in figures:
                places.setdefault(q.value, set()).update(words)
    return places


def figures_swapped(point: Prepared, got: Prepared) -> bool:
    """Two figures of a point given each with the other's words ("у теллура 53, у иода 52" for
    "у теллура 52, у иода 53")."""
    mine, theirs = _figure_places(point), _figure_places(got)

    def elsewhere(a: float, b: float) -> bool:  # `a` given with `b`'s words and none of its own
        return bool(theirs[a] & (mine[b] - mine[a])) and not theirs[a] & (mine[a] - mine[b])
    return any(elsewhere(a, b) and elsewhere(b, a) for a in mine for b in mine
               if a != b and a in theirs and b in theirs)
