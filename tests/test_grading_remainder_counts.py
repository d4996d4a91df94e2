"""A count told as the things named and the rest of them ("France and the other four") counts the whole as the named
and the others: five, not four (`grading/remainders.py`); "the other four" alone, or four, stays four. English and
Russian, invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.remainders import remainder_total
from studybot.core.packs import Card

from .cards import numeric, short

EN, RU = Grader(), Grader(language="ru")
SIGNED = numeric(5, "", "five states", prompt="How many states signed the treaty?")
SIGNED_SHORT = short("five states", prompt="How many states signed the treaty?")
CREW = numeric(4, "", "четыре человека", prompt="Сколько человек было в экипаже?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, SIGNED, "France and the other four", True),
    (EN, SIGNED, "France and four others", True),
    (EN, SIGNED, "France, Italy and the other three states", True),
    (EN, SIGNED_SHORT, "France and the other four states", True),
    (EN, SIGNED, "five", True),
    (EN, SIGNED, "the other four", False),  # no whole said
    (EN, SIGNED, "four", False),
    (EN, SIGNED, "France and the other five", False),  # six in all
    (EN, SIGNED_SHORT, "France and the other five", False),
    (RU, CREW, "Гагарин и ещё трое", True),
    (RU, CREW, "Гагарин и трое других", True),
    (RU, CREW, "трое", False),
    (RU, CREW, "Гагарин и ещё четверо", False),
])
def test_the_named_and_the_others(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace


@pytest.mark.parametrize(("answer", "code", "total"), [
    ("France and the other four", "en", "5"),
    ("France and the other four states", "en", "5 states"),
    ("the other four", "en", None),
    ("France and the other four signed later", "en", None),  # more than the count
    ("Франция и ещё четыре", "ru", "5"),
])
def test_remainder_total(answer: str, code: str, total: str | None) -> None:
    assert remainder_total(answer, code) == total
