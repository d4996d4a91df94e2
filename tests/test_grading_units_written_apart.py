"""A figure's unit written otherwise: a metric prefix apart from its unit ("2.2 micro metres", "5 milli-seconds"),
read as the one unit (`core.split_prefixes`), and the ångström, a tenth of a nanometre (`core.unit_tables`). A
prefix apart never makes the bare unit, nor another prefix's unit; a wrong figure stays wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

GRADER = Grader()
SPORE = numeric(0.0000041, "m", "about 4.1 micrometres", prompt="How wide is the spore?")
SWITCH = numeric(0.006, "s", "6 milliseconds", prompt="How long does the relay take to close?")
SALT = numeric(3.0, "kg", "3 kilograms", prompt="How much salt was in the crate?")
BOND = numeric(0.15e-9, "m", "0.15 nanometres", prompt="How long is the bond between the two atoms?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SPORE, "4.1 micro metres", True),
    (SPORE, "4.1 micro-metres", True),
    (SPORE, "about 4.1 micro meters", True),
    (SPORE, "4.1 micrometres", True),
    (SPORE, "4.1 milli metres", False),  # another prefix: a thousand times too long
    (SPORE, "4.1 nano metres", False),
    (SPORE, "41 micro metres", False),  # a wrong figure
    (SPORE, "4.1 metres", False),
    (SWITCH, "6 milli seconds", True),
    (SWITCH, "6 milli-seconds", True),
    (SWITCH, "6 micro seconds", False),
    (SWITCH, "60 milli seconds", False),
    (SALT, "3 kilo grams", True),
    (SALT, "3 milli grams", False),
    (BOND, "1.5 angstroms", True),
    (BOND, "1.5 ångströms", True),
    (BOND, "1.5 Angstrom", True),
    (BOND, "0.15 nm", True),
    (BOND, "15 angstroms", False),  # ten times too long
    (BOND, "0.15 angstroms", False),
    (BOND, "1.5 nm", False),
])
def test_units_written_apart_or_in_angstroms(card, given, right):
    assert GRADER.grade(card, given).correct is right


STORMS = numeric(38, "storms", "38 storms", prompt="How many dust storms were counted that year?")
LAMPS = numeric(45, "lamps", "45 lamps", prompt="How many lamps lit the hall?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (STORMS, "thirty eigth", True),  # the units word misspelt after a tens word
    (STORMS, "thirty-eigth", True),
    (STORMS, "about thirty eigth storms", True),
    (STORMS, "thirty eight", True),
    (STORMS, "thirty nien", False),  # misspelt, but another figure
    (STORMS, "thirty", False),
    (STORMS, "twenty eigth", False),
    (LAMPS, "forty fiev", True),
    (LAMPS, "fourty-fiev", True),
    (LAMPS, "forty fives", False),  # a word of its own
    (LAMPS, "forty fine lamps", False),  # "fine" is a word, not a slip
])
def test_a_misspelt_units_word_after_a_tens_word(card, given, right):
    assert GRADER.grade(card, given).correct is right
