"""A short answer that matches a right wording written without its figure ("rose by about a metre", "поднялся
примерно на метр") still states its own figure against the card's: "rose by 10 metres" is a wrong figure, not
the wording matched. The card's answer and its other wordings give the figures of that kind (1 m); a figure of
the same kind that agrees with none of them fails the answer, as the hard checks fail a wording's own figure.

So does an explanation's figure of a measure ("растёт на 6 м/с на каждый градус" for a card whose answer says 0,6 м/с
a degree, `_explained_figures`): a keypoint made in words is no licence for a wrong figure beside it. The card's
answer, keypoints and explanation give the figures of each kind an explanation may state; one within a quarter of
such a figure is a rounding of it ("около 330 м/с" for 331). Not a duration: how long a thing takes is told loosely
("within a day or two"), and a bare letter after a figure is often no unit ("6 H+" is no six hours).
"""

from __future__ import annotations

from ..matching import Prepared
from ..packs import Card
from ..quantities import Quantity
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

    def _explained_figures(self, card: Card, got: Prepared, verdict: Verdict) -> Verdict:
        """An explain card's right answer that states a measure of a kind the card gives, agreeing with none of the
        card's figures of it (its answer, keypoints, explanation): wrong."""
        if not verdict.correct or not got.quantities:
            return verdict
        wanted = self.card_value(card, "explained figures", lambda: [
            q for text in (*self._right_wordings(card), card.explanation or "") for q in self.prep(text).quantities
            if q.kind in _MEASURES])
        for have in got.quantities:
            alike = [want for want in wanted if want.kind == have.kind]
            if have.kind in _EXPLAINED and alike and all(_far(want, have) for want in alike):
                return wrong(f"The figure is not right (expected {alike[0].text}).", "quantity",
                             f"{have.text} against {', '.join(dict.fromkeys(q.text for q in alike))}")
        return verdict


_EXPLAINED = _MEASURES - {"duration"}  # the measures an explanation's figure is held to
_NEAR = 0.25  # an explanation's figure within this share of the card's is a rounding of it ("about 330" for 331)


def _far(want: Quantity, have: Quantity) -> bool:
    """Is a figure an explanation states another than the card's, not the same nor a rounding of it (same unit)?"""
    return not same_quantity(want, have) and want.unit == have.unit and abs(have.value - want.value) > _NEAR * abs(
        want.value)
