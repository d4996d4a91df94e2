"""Pence and guineas are moneys of their own, as shillings are: "2 pence" or "2 guineas" is no answer to a card of
2 shillings (they were read as a bare count of 2), while the card's own money, bare or in words, still is; a card in
pence or guineas takes its money. Invented cards (`unit_tables`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

EN, RU = Grader(), Grader(language="ru")
RENT = numeric(2, "shillings", "2 shillings", prompt="What did each house pay a year?")
LOAF = numeric(9, "pence", "9 pence", prompt="What did a loaf cost?")
FEE = numeric(5, "guineas", "5 guineas", prompt="What was the doctor's fee?")
RENT_RU = numeric(2, "шиллинга", "2 шиллинга", prompt="Сколько платил каждый дом в год?")

ROWS = [
    (EN, RENT, "2 shillings", True),
    (EN, RENT, "two shillings", True),
    (EN, RENT, "2", True),
    (EN, RENT, "2 pence", False),
    (EN, RENT, "2 guineas", False),
    (EN, RENT, "2 pounds", False),
    (EN, LOAF, "9 pence", True),
    (EN, LOAF, "9 shillings", False),
    (EN, LOAF, "9", True),
    (EN, FEE, "5 guineas", True),
    (EN, FEE, "five guineas", True),
    (EN, FEE, "5 pounds", False),
    (RU, RENT_RU, "2 шиллинга", True),
    (RU, RENT_RU, "2 пенса", False),
    (RU, RENT_RU, "2 гинеи", False),
]


@pytest.mark.parametrize(("grader", "card", "answer", "right"), ROWS)
def test_pence_and_guineas_are_moneys_of_their_own(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right
