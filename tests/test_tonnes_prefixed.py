"""Thousands, millions and billions of tonnes written as units ("60 Mt", "60 megatonnes", "2 gigatonnes", "мегатонн")
are masses: "60 Mt" is 60 million tonnes, and no longer a bare 60 that any unit would meet ("60 kilotonnes" was
read as 60 for a card of 60 megatonnes). "kt" stays unread: it is a knot too. Found by a blind author's report
(round 42); invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import grade
from tests.cards import numeric

ASH = numeric(60_000_000, "tonnes", "60 million tonnes", prompt="How much ash did Mount Ostra throw out?")
ICE = numeric(2, "Gt", "2 gigatonnes", prompt="How much ice did the Varna glacier lose a year?")
COAL = numeric(5_000_000, "т", "5 млн т", prompt="Сколько угля добыли в Орешниках?")

ROWS = [
    (ASH, "60 Mt", True),
    (ASH, "60 megatonnes", True),
    (ASH, "60 million tonnes", True),
    (ASH, "60 Mt of ash", True),
    (ASH, "6 Mt", False),
    (ASH, "60 kilotonnes", False),
    (ASH, "60 Gt", False),
    (ICE, "2 Gt", True),
    (ICE, "2000 megatonnes", True),
    (ICE, "2 billion tonnes", True),
    (ICE, "2 Mt", False),
    (COAL, "5 мегатонн", True),
    (COAL, "5 килотонн", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_tonnes_with_a_prefix(card, answer, right):
    assert grade(card, answer).correct is right, answer
