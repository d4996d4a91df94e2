"""A whole number with a vulgar fraction ("33½ days") is that decimal, not the figures 331 and 2 of NFKC's "331⁄2";
another fraction or another whole number stays wrong. Invented figures (`core.vulgar_fractions`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.vulgar_fractions import mixed_numbers, typed_mixed_numbers
from tests.cards import numeric

EN = Grader()
RU = Grader(language="ru")


@pytest.mark.parametrize(("text", "out"), [
    ("33½ days", "33.5 days"),
    ("14 ¼ sous", "14.25 sous"),
    ("2¾", "2.75"),
    ("1⅛ inch", "1.125 inch"),
    ("½ mile", "½ mile"),  # no whole number: left to NFKC
    ("3⅓ hours", "3⅓ hours"),  # no short exact decimal
    ("no fraction here", "no fraction here"),
])
def test_mixed_numbers(text, out):
    assert mixed_numbers(text) == out


@pytest.mark.parametrize(("text", "out"), [
    ("13 1/2", "13.5"),
    ("2 3/4 miles", "2.75 miles"),
    ("10 1/8 inch.", "10.125 inch."),
    ("13 1/2, 10 1/2", "13.5, 10.5"),
    ("12 1/2/2020", "12 1/2/2020"),  # a date
    ("3 5/4", "3 5/4"),  # no proper fraction
    ("7 1/3", "7 1/3"),  # no short exact decimal
    ("1945 1/2 of them", "1945 1/2 of them"),  # a year, then a share
    ("5 1/2.5", "5 1/2.5"),
    ("1/2", "1/2"),
])
def test_typed_mixed_numbers(text, out):
    assert typed_mixed_numbers(text) == out


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, numeric(7.5, "km", "7.5 km"), "7 1/2 km", True),
    (EN, numeric(7.5, "km", "7.5 km"), "7 1/4 km", False),
    (EN, numeric(7.5, "km", "7.5 km"), "7 km", False),
    (RU, numeric(12.5, "руб", "12,5 рубля"), "12 1/2 рубля", True),
    (RU, numeric(12.5, "руб", "12,5 рубля"), "12 1/4 рубля", False),
    (EN, numeric(7.5, "km", "7.5 km"), "7½ km", True),
    (EN, numeric(7.5, "km", "7.5 km"), "7 ½ km", True),
    (EN, numeric(7.5, "km", "7.5 km"), "7¼ km", False),
    (EN, numeric(7.5, "km", "7.5 km"), "8½ km", False),
    (EN, numeric(2.25, "hours", "2.25 hours"), "2¼ hours", True),
    (RU, numeric(12.5, "руб", "12,5 рубля"), "12½ рубля", True),
    (RU, numeric(12.5, "руб", "12,5 рубля"), "13½ рубля", False),
])
def test_a_whole_number_with_a_vulgar_fraction(grader, card, given, right):
    assert grader.grade(card, given).correct is right
