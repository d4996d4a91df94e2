"""A percentage written as the decimal fraction it is ("0.15", "0,15" for 15%) is that percentage, as "a seventh"
or "one in four" are: only the answer's one figure, bare, under 1, with its leading "0.", and only on a card of 1% or
more; another decimal, the decimal as a percentage ("0.15%") or the figure negated stay wrong. A leading "0." is
no dot between thousands ("0.015" is not 15). Invented cards (`grading.numeric`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

EN, RU = Grader(), Grader(language="ru")
SHARE = numeric(15, "%", "15%", prompt="What share of the harvest was exported?")
SMALL = numeric(0.5, "%", "0.5%", prompt="What share of the seed failed?")
GROWTH = numeric(40, "%", "на 40 %", prompt="На сколько процентов выросли сборы?")
CROWD = numeric(15000, "people", "15,000 people", prompt="How many people came?")

ROWS = [
    (EN, SHARE, "0.15", True),
    (EN, SHARE, "0.150", True),
    (EN, SHARE, "about 0.15 of it", True),
    (EN, SHARE, "0.16", False),
    (EN, SHARE, "0.15%", False),
    (EN, SHARE, "1.5", False),
    (EN, SHARE, "0.015", False),
    (EN, SHARE, "not 0.15", False),
    (EN, SHARE, "0.15 and 0.2", False),
    (EN, SMALL, "0.005", False),  # (a card under 1%: its bare figures are its own)
    (EN, SMALL, "0.5", True),
    (RU, GROWTH, "0,4", True),
    (RU, GROWTH, "0,04", False),
    (RU, GROWTH, "0,4 %", False),
    (EN, CROWD, "15.000", True),  # a dot between thousands is still read so where it can be
    (EN, CROWD, "0.015", False),
]


@pytest.mark.parametrize(("grader", "card", "answer", "right"), ROWS)
def test_a_share_written_as_a_decimal(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right
