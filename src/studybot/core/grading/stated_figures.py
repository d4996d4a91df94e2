"""A short answer that matches a right wording written without its figure ("rose by about a metre", "поднялся
примерно на метр") still states its own figure against the card's: "rose by 10 metres" is a wrong figure, not
the wording matched. The card's answer and its other wordings give the figures of that kind (1 m); a figure of
the same kind that agrees with none of them fails the answer, as the hard checks fail a wording's own figure.
"""

from __future__ import annotations

from ..matching import Prepared
from ..packs import Card
from ..si_units import SI_KINDS
from .figures import same_quantity
from .short import ShortGrading
from .verdict import Verdict, wrong

__all__ = ["StatedFiguresGrading"]

# figures with a unit (a bare count may be anything)
_MEASURES = frozenset({"money", "percent", "duration", "length", "area", "volume", "mass", "temperature", "speed",
                       "density", "data", "datarate", "current", "voltage", "power", "energy", "resistance",
                       "frequency", "force", "pressure", "capacitance"}) | SI_KINDS


class StatedFiguresGrading(ShortGrading):
    """`ShortGrading` whose accepted answers keep the card's figures."""

    def _grade_short(self, card: Card, got: Prepared) -> Verdict:
        verdict = super()._grade_short(card, got)
        if not verdict.correct:
            return verdict
        # the card's figures first (once per card): the answer's are read only when one of them may disagree
        wanted = self.card_value(card, "stated figures", lambda: [
            q for text in self._right_wordings(card) for q in self.prep(text).quantities if q.kind in _MEASURES])
        if not wanted:
            return verdict
        for have in got.quantities:
            alike = [want for want in wanted if want.kind == have.kind]
            if alike and not any(same_quantity(want, have) for want in alike):
                return wrong(f"The figure is not right (expected {alike[0].text}).", "quantity",
                             f"{have.text} against {', '.join(q.text for q in alike)}")
        return verdict
