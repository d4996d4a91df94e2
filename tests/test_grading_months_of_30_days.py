"""A term counted in months answers one in days at 30 days a month, as terms are counted: "3 месяца" for a 90-day
moratorium, "six months" for 180 days, "a month" for 30 days (a month of 365.25 / 12 days made them 1.4% off, past
the rounding allowed). Another count of months stays wrong, and so do days a day off. Invented cards
(`grading.figures.same_quantity`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

GRADED = [
    ("ru", 90, "days", "90 дней", "3 месяца", True),
    ("ru", 90, "days", "90 дней", "три месяца", True),
    ("ru", 90, "days", "90 дней", "4 месяца", False),
    ("ru", 90, "days", "90 дней", "60 дней", False),
    ("en", 180, "days", "180 days", "six months", True),
    ("en", 180, "days", "180 days", "five months", False),
    ("en", 30, "days", "30 days", "a month", True),
    ("en", 30, "days", "30 days", "31 days", False),
    ("en", 6, "months", "six months", "180 days", True),
    ("en", 6, "months", "six months", "170 days", False),
    ("ru", 3, "months", "3 месяца", "90 дней", True),
    ("ru", 3, "months", "3 месяца", "100 дней", False),
]


@pytest.mark.parametrize(("code", "value", "unit", "answer", "given", "right"), GRADED)
def test_a_month_counts_30_days_against_days(code, value, unit, answer, given, right):
    card = numeric(value, unit, answer, prompt="Сколько длился срок?" if code == "ru" else "How long was the term?")
    assert Grader(language=code).grade(card, given).correct is right
