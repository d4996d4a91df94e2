"""A year of three digits (AD 100-999) written after a day and a month, or a month: "12 March 876" on a card of
12 March 874 gives the wrong year, in English and Russian, and a numeric date ("12.03.876") is read as one; a figure
of three digits after a date that goes on with a noun ("5 May, 300 soldiers landed") is no year. Invented cards (an
abbey, a monastery)."""

from __future__ import annotations

import pytest

from studybot.core.dates import find_dates
from studybot.core.grading import Grader
from studybot.core.packs import Card

EN, RU = Grader(language="en"), Grader(language="ru")


def date(iso: str, precision: str, answer: str) -> Card:
    return Card(id="d", section="s", kind="date", prompt="When was the abbey founded?", answer=answer, date=iso,
                precision=precision)


ABBEY_DAY = date("0874-03-12", "day", "12 March 874")
ABBEY_MONTH = date("0874-03", "month", "March 874")
MONASTYR = date("0874-03-12", "day", "12 марта 874 года")
MONASTYR_MONTH = date("0874-03", "month", "март 874 года")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, ABBEY_DAY, "12 March 874", True),
    (EN, ABBEY_DAY, "March 12, 874", True),
    (EN, ABBEY_DAY, "on the 12th of March 874.", True),
    (EN, ABBEY_DAY, "12/03/874", True),
    (EN, ABBEY_DAY, "12 March 876", False),
    (EN, ABBEY_DAY, "March 12, 876", False),
    (EN, ABBEY_DAY, "12 March 847, under the old abbot", False),
    (EN, ABBEY_DAY, "12.03.876", False),
    (EN, ABBEY_MONTH, "March 874", True),
    (EN, ABBEY_MONTH, "March 876", False),
    (RU, MONASTYR, "12 марта 874 года", True),
    (RU, MONASTYR, "12 марта 874 г.", True),
    (RU, MONASTYR, "12.03.874", True),
    (RU, MONASTYR, "12 марта 876 года", False),
    (RU, MONASTYR, "12 марта 847 года, при князе", False),
    (RU, MONASTYR, "12.03.876", False),
    (RU, MONASTYR, "в 874 году", False),  # the year alone: the day is asked for
    (RU, MONASTYR_MONTH, "в марте 874 года", True),
    (RU, MONASTYR_MONTH, "в марте 876 года", False),
])
def test_three_digit_years(grader: Grader, card: Card, given: str, right: bool) -> None:
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("On 5 May, 300 soldiers landed", "en", [(None, 5, 5)]),
    ("On 5 March 300 soldiers landed", "en", [(None, 3, 5)]),
    ("5 марта 300 солдат высадились", "ru", [(None, 3, 5)]),
    ("в 874 году", "ru", [(874, None, None)]),
    ("12 March 1874", "en", [(1874, 3, 12)]),
    ("12.03.1874", "ru", [(1874, 3, 12)]),
])
def test_three_digit_years_read_only_as_years(text: str, lang: str, read: list[tuple[int | None, ...]]) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, lang=lang)] == read
