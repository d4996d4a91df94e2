"""A long keypoint made in part (`StructuredGrading._mostly`: most of its words) is never made by an answer that
gives a figure of the point's kind and none that agrees with it: "the ferry carried 60 carts a day" does
not make "the ferry carried 40 carts a day", though it has most of its words ("the ferry carried carts every day",
with no figure, still may). A wording with figures is checked for them (`_cover`); the part-made point was not.
"""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared, Want
from ..meaning import Meaning, same_meaning_in
from .figures import same_quantity
from .keypoint_values import figure_elsewhere, other_thing_counted, other_unit, value_hits
from .structured import StructuredGrading

__all__ = ["PartlyFiguresGrading", "other_figure"]


def other_figure(point: Prepared, got: Prepared) -> bool:
    """Does the answer give figures of a kind the point has, none of which agrees with any of the point's figures
    of that kind? (One of them given is the point in part: "4.3 billion addresses" of "32-bit, about 4.3 billion";
    another figure of the kind may be another point's.)"""
    for kind in {want.kind for want in point.quantities}:
        alike = [have for have in got.quantities if have.kind == kind]
        if alike and not any(same_quantity(want, have) for want in point.quantities if want.kind == kind
                             for have in alike):
            return True
    return False


class PartlyFiguresGrading(StructuredGrading):
    """`StructuredGrading` whose part-made long points keep their figures, read as values (`keypoint_values`)."""

    @staticmethod
    def _mostly(point: Prepared, got: Prepared, skip: frozenset[str],
                otherwise: Callable[[Want], tuple[int, int]] | None = None) -> tuple[bool, str, bool, tuple[int, ...]]:
        found = StructuredGrading._mostly(point, got, skip, value_hits(point, got, otherwise))
        if found[0] and (other_figure(point, got) or other_unit(point, got, found[3])
                         or other_thing_counted(point, got)):
            return False, "", False, ()
        return found

    def _cover(self, point_text: str, accept: tuple[str, ...], got: Prepared, skip: frozenset[str],
               known: frozenset[str] = frozenset(), absent: bool = False, avoid: frozenset[str] | None = None,
               sense: Meaning = same_meaning_in) -> tuple[bool, str, bool, tuple[int, ...]]:
        found = super()._cover(point_text, accept, got, skip, known, absent, avoid, sense)
        if found[0] and figure_elsewhere([self.prep(text) for text in (point_text, *accept)], got, found[3]):
            return False, "", False, ()  # the point's words said of another figure, its own figure another thing's
        return found
