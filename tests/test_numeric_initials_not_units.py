"""A unit named after a person whose name the pack aliases with initials ("K.G. Brenner": [Brenner]): an answer's
"Brenner units" reads the person's full name in place of the surname, "220 k.g. brenner units", and the "k." or "g."
of the initials is no kilogram or gram after the figure (`quantities`: a unit followed by a full stop and a letter
is an initial). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.quantities import find_quantities

NOTES = "K.G. Brenner built the first haze meter in 1931. Haze over the valley is measured in Brenner units."
CARDS = (
    Card(id="limit", section="s", kind="numeric", prompt="Above how many Brenner units is the haze called thick?",
         answer="220 Brenner units", number=NumberSpec(value=220, unit="Brenner units")),
    Card(id="bare", section="s", kind="numeric", prompt="Above how many Brenner units is the haze called thick?",
         answer="220", number=NumberSpec(value=220)),
)
GRADER = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=CARDS,
                              language="en", aliases={"K.G. Brenner": ("Brenner", "Karl Brenner")}))
BY_ID = {card.id: card for card in CARDS}


@pytest.mark.parametrize(("card", "given", "right"), [
    ("limit", "220 Brenner units", True),
    ("limit", "above 220 Brenner units", True),
    ("limit", "220", True),
    ("limit", "300 Brenner units", False),
    ("bare", "220 Brenner units", True),
    ("bare", "300 Brenner units", False),
])
def test_a_unit_named_after_a_person(card: str, given: str, right: bool) -> None:
    verdict = GRADER.grade(BY_ID[card], given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("text", "unit"), [
    ("220 g.m.b. brenner units", None),  # initials
    ("5 g of salt", "mass"),
    ("5 kg. of flour", "mass"),  # a full stop after the unit, then a word
])
def test_an_initial_is_no_unit(text: str, unit: str | None) -> None:
    first = find_quantities(text)[0]
    assert (first.kind if first.kind != "count" else None) == unit, first
