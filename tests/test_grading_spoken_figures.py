"""Figures said the way people say them (issue #11): a margin "plus or minus 2%" (or "+/-2%", "плюс-минус 2%") is
a margin either side, no minus sign and no two answers offered; "a century and a quarter" is 1.25 centuries as "a
year and a half" is 1.5 years; "a dollar", "an hour", given where a figure is asked and none is written, is one of
the unit. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.quantities import find_quantities
from tests.cards import numeric

MARGIN = numeric(2, "%", "2% either side", prompt="Within what margin must the gauge read?")
MARGIN_RU = numeric(2, "%", "2% в обе стороны", prompt="С какой точностью должен показывать прибор?")
SEASONING = numeric(125, "years", "About 125 years", tolerance=3, prompt="How long does the oak season?")
SHIFT = numeric(2.25, "hours", "2.25 hours", prompt="How long was the shift?")
TOLL = numeric(1, "USD", "One dollar", prompt="What was the toll on the ferry?")
WAIT = numeric(1, "hours", "One hour", prompt="How long did the ferry wait?")

ROWS = [
    (MARGIN, "plus or minus 2%", True),
    (MARGIN, "plus/minus two percent", True),
    (MARGIN, "+/-2%", True),
    (MARGIN, "2% plus or minus", True),
    (MARGIN, "plus or minus 3%", False),
    (MARGIN, "minus 2%", False),
    (MARGIN, "2% or 3%", False),
    (MARGIN_RU, "плюс-минус 2%", True),
    (MARGIN_RU, "плюс или минус 2%", True),
    (MARGIN_RU, "плюс или минус 5%", False),
    (SEASONING, "a century and a quarter", True),
    (SEASONING, "one and a quarter centuries", True),
    (SEASONING, "a century and a half", False),
    (SEASONING, "a quarter of a century", False),
    (SHIFT, "two hours and a quarter", True),
    (SHIFT, "two and a quarter hours", True),
    (SHIFT, "two hours and a half", False),
    (TOLL, "a dollar", True),
    (TOLL, "a dollar each way", True),
    (TOLL, "a buck", True),
    (TOLL, "a pound", False),
    (TOLL, "a few dollars", False),
    (TOLL, "dollars", False),
    (WAIT, "an hour", True),
    (WAIT, "a day", False),
    (WAIT, "a few hours", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_figures_said_in_words(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("text", "value"), [
    ("an hour and a quarter", 1.25), ("three years and a quarter", 3.25), ("5 and a quarter hours", 5.25),
    ("a year and a half", 1.5),
])
def test_a_quarter_after_a_unit_is_a_quarter_of_it(text, value):
    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text", ["plus or minus 4 mm", "+/- 4 mm", "+-4 mm", "plus-minus 4 mm"])
def test_a_margin_is_no_negative_figure(text):
    assert [q.value for q in find_quantities(text)] == [0.004]
