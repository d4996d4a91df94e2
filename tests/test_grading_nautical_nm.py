""""nm" after a figure is the nanometre, and also the navigator's abbreviation of the nautical mile ("12 nm",
"12 NM"): on a card whose unit is the nautical mile it is read as the card's unit (`grading.numeric._in_context`),
as a bare "gallons" is read in a card's imperial gallons. Elsewhere it stays the nanometre, and another figure,
another unit or the nanometre written out stays wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

GRADER = Grader()
SEA = numeric(30, "nautical miles", "30 nautical miles", prompt="How far offshore was the buoy?")
LIGHT = numeric(550, "nm", "550 nm", prompt="What wavelength does the lamp emit?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SEA, "30 nm", True),
    (SEA, "30 NM", True),
    (SEA, "30nm", True),
    (SEA, "about 30 nm offshore", True),
    (SEA, "30 nautical miles", True),
    (SEA, "31 nm", False),
    (SEA, "30 nanometres", False),  # written out, it is the nanometre
    (SEA, "30 mm", False),
    (SEA, "30 km", False),
    (LIGHT, "550 nm", True),  # a card in nanometres keeps them
    (LIGHT, "550 nanometres", True),
    (LIGHT, "550 nautical miles", False),
])
def test_nm_on_a_card_of_nautical_miles(card, given, right):
    assert GRADER.grade(card, given).correct is right
