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


# a prompt that asks how many nautical miles: the learner's bare "miles" / "миль" shortens the unit asked; where the
# prompt does not say it, a bare "miles" is the land mile (30 miles is 26 nautical miles)
ASKED_EN = numeric(30, "nautical miles", "30 nautical miles", prompt="How many nautical miles offshore was the buoy?")
ASKED_RU = numeric(5800, "морских миль", "5800 морских миль", prompt="Сколько морских миль до порта по этой трассе?")
RU = Grader(language="ru")


@pytest.mark.parametrize(("card", "grader", "given", "right"), [
    (ASKED_EN, GRADER, "30 miles", True),
    (ASKED_EN, GRADER, "about 30 miles", True),
    (ASKED_EN, GRADER, "35 miles", False),
    (ASKED_EN, GRADER, "30 km", False),
    (SEA, GRADER, "30 miles", False),
    (ASKED_RU, RU, "5800 миль", True),
    (ASKED_RU, RU, "около 5800 миль", True),
    (ASKED_RU, RU, "5800 морских миль", True),
    (ASKED_RU, RU, "8500 миль", False),
    (ASKED_RU, RU, "5800 км", False),
])
def test_a_bare_mile_where_the_prompt_asks_nautical_miles(card, grader, given, right):
    assert grader.grade(card, given).correct is right
