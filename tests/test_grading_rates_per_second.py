"""A rate per second is a rate per second (issue #11): "25 pulses a second" was read with the ordinal "second"
("25 pulses a 2"), and the card's "per second" was written "per sec", which the reader of a rate's time did not
know, so "25 per minute" passed for "25 pulses per second". "A second time", "every second year" stay ordinals.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_en import words_to_digits
from tests.cards import numeric

PULSES = numeric(25, "", "25 pulses per second", prompt="How many pulses per second did the set send?")
BEATS = numeric(70, "", "70 beats a minute", prompt="What is a resting heart rate?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (PULSES, "25", True),
    (PULSES, "25 a second", True),
    (PULSES, "25 pulses each second", True),
    (PULSES, "twenty-five per second", True),
    (PULSES, "25 per minute", False),
    (PULSES, "25 a minute", False),
    (PULSES, "25 an hour", False),
    (BEATS, "70 per minute", True),
    (BEATS, "70 a min", True),
    (BEATS, "70 a second", False),
])
def test_a_rate_is_counted_over_its_own_time(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("25 pulses a second", "25 pulses per sec"),
    ("3 times every second", "3 times per sec"),
    ("for a second time", "for a 2 time"),
    ("5 every second year", "5 every 2 year"),
    ("he came second", "he came 2"),
])
def test_a_second_after_a_figure_is_a_time(text, read):
    assert words_to_digits(text) == read
