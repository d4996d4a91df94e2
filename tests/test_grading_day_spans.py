"""A span of days (issue #11, dates): a date card whose answer is "20-22 July 1936" takes any of those days and the
span itself; a learner's span offers each of its days, so on a card of one day it is a hedge. Cards are on subjects
of our own (a congress, a long flight, a storm); each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.day_spans import span_days
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def dated(answer: str, date: str, prompt: str = "When was it held?") -> Card:
    return Card(id="d", section="s", kind="date", prompt=prompt, answer=answer, date=date)


CONGRESS = dated("20-22 July 1936", "1936-07-20")
STORM = dated("22 July 1936", "1936-07-22")  # one day


@pytest.mark.parametrize(("card", "given", "right"), [
    (CONGRESS, "20-22 July 1936", True),
    (CONGRESS, "from 20 to 22 July 1936", True),
    (CONGRESS, "July 20-22, 1936", True),
    (CONGRESS, "21 July 1936", True),  # a day of the span
    (CONGRESS, "22 July 1936", True),
    (CONGRESS, "23 July 1936", False),
    (CONGRESS, "19-21 July 1936", False),  # one day outside it
    (CONGRESS, "20-22 June 1936", False),
    (STORM, "22 July 1936", True),
    (STORM, "20-22 July 1936", False),  # a span for one day: two of its days are not the day asked
    (STORM, "21-22 July 1936", False),
])
def test_a_span_of_days_in_english(card, given, right):
    assert EN.grade(card, given).correct is right, given


FLIGHT = dated("20-22 июля 1936 года", "1936-07-20", "Когда прошёл перелёт?")


@pytest.mark.parametrize(("given", "right"), [
    ("20-22 июля 1936", True),
    ("с 20 по 22 июля 1936 года", True),
    ("22 июля 1936", True),
    ("20 июля 1936 года", True),
    ("24 июля 1936", False),
    ("20-22 августа 1936", False),
])
def test_a_span_of_days_in_russian(given, right):
    assert RU.grade(FLIGHT, given).correct is right, given


@pytest.mark.parametrize(("grader", "text", "days"), [
    (EN, "20-22 July 1936", [20, 21, 22]),
    (EN, "the 5th to the 7th of May 1997", [5, 6, 7]),
    (EN, "July 20-22 days", []),  # a count of days after a date: no span
    (EN, "14 July 1789", []),
    (EN, "1941-1945", []),  # years
    (RU, "с 20 по 22 июля 1936 года", [20, 21, 22]),
    (RU, "в ночь с 5 на 6 октября", []),  # a night, read as such elsewhere (nights.py)
])
def test_which_days_a_span_holds(grader, text, days):
    assert [d.day for d in span_days(grader.prep(text))] == days
