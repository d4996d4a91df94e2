"""The feedback of a wrong figure or date names the problem the learner has (learner findings
17 and 25): another kind of figure than the one asked for, or a date that stops short of the
card's precision. Only the words change: these answers were wrong before and stay wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import numeric
from .test_dates import date

EN, RU = Grader(), Grader(language="ru")
EXPORTS = numeric(176e6, "USD", "USD 176 million", prompt="What were the exports worth?")
OPENED_MONTH = date("1825-10", "month", prompt="In which month was the canal opened?", answer="October 1825")
OPENED_DAY = date("1825-10-26", "day", prompt="When was the canal opened?", answer="26 October 1825")
MILL_MONTH = date("1812-09", "month", prompt="В каком месяце запустили мельницу?", answer="В сентябре 1812 года")


@pytest.mark.parametrize(("answer", "feedback"), [
    ("three weeks", "The answer gives a length of time (3 weeks) where an amount of money is asked for."),
    ("19%", "The answer gives a percentage (19%) where an amount of money is asked for."),
    ("3 km", "The answer gives a length (3 km) where an amount of money is asked for."),
    ("167 million dollars", "The figure is not right."),  # the right kind, a wrong value
    ("167 million", "The figure is not right."),  # a bare figure is read in the card's unit
    ("3 weeks and USD 5", "The figure is not right."),  # one figure of the kind asked
])
def test_a_figure_of_another_kind_is_named(answer, feedback):
    verdict = EN.grade(EXPORTS, answer)
    assert not verdict.correct
    assert verdict.feedback == feedback


def test_a_count_card_does_not_call_a_duration_another_kind():
    """A card whose figure is a bare count may be asked in weeks ("how many weeks"): no claim
    about kinds is made there."""
    weeks = numeric(12, "", "12", prompt="How many weeks did the strike last?")
    verdict = EN.grade(weeks, "3 weeks")
    assert not verdict.correct and verdict.feedback == "The figure is not right."


@pytest.mark.parametrize(("grader", "card", "answer", "feedback"), [
    (EN, OPENED_MONTH, "autumn 1825", "The year is right, but the month is asked for."),
    (EN, OPENED_MONTH, "fall of 1825", "The year is right, but the month is asked for."),
    (EN, OPENED_MONTH, "1825", "The year is right, but the month is asked for."),
    (EN, OPENED_MONTH, "September 1825", "Not the right date."),
    (EN, OPENED_MONTH, "autumn 1826", "Not the right date."),
    (EN, OPENED_DAY, "October 1825", "The month is right, but the day is asked for."),
    (EN, OPENED_DAY, "1825", "The year is right, but the day is asked for."),
    (EN, OPENED_DAY, "November 1825", "Not the right date."),
    (RU, MILL_MONTH, "осенью 1812", "The year is right, but the month is asked for."),
    (RU, MILL_MONTH, "в октябре 1812 года", "Not the right date."),
])
def test_a_date_short_of_the_precision_says_what_is_missing(grader, card, answer, feedback):
    verdict = grader.grade(card, answer)
    assert not verdict.correct
    assert verdict.feedback == feedback


def test_a_year_card_is_unchanged():
    year = date("1825", "year", prompt="In which year was the canal opened?", answer="1825")
    assert EN.grade(year, "1826").feedback == "Not the right date."
    assert EN.grade(year, "autumn 1825").correct
