"""A Russian day said as the month's "число" ("июля 1914 года, 27-го числа", "27-го числа июля 1914") is that day of
the month (`dates`), its "27-го" no year shortened to two digits (`short_years`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.dates import find_dates
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

CARD = Card(id="d", section="s", kind="date", prompt="Когда был закрыт рудник?", answer="27 июля 1914 года",
            date="1914-07-27", precision="day")

ROWS = [
    ("в конце июля 1914 года, 27-го числа", True),
    ("27-го числа июля 1914", True),
    ("июль 1914, 27 числа", True),
    ("в конце июля 1914, 28-го числа", False),
    ("в конце июля 1914", False),
    ("27-го числа августа 1914", False),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_a_day_said_as_the_months_chislo(answer, right):
    pack = Pack(id="t", title="t", language="ru", sections=(Section(id="s", title="s", notes="x"),), cards=(CARD,))
    assert Grader.for_pack(pack).grade(CARD, answer).correct is right


def test_the_day_is_read_by_the_date_finder():
    found = find_dates("рудник закрыли 5-го числа марта 1921 года", lang="ru")
    assert [(d.year, d.month, d.day) for d in found] == [(1921, 3, 5)]
