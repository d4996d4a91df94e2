"""A Russian word of how much ("мало", "много", "немного", "немало") is no modifier a point may be made without where
the answer says the other way: "лошадей в деревне было много" does not make "в деревне было мало лошадей", which it
did by leaving "мало" out (`grading.modifiers`, `grading.all_but_one`, `degree_flips.amount_turned`). Invented cards
of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

RU = Grader(language="ru")
HORSES = explain("в деревне было мало лошадей", prompt="Почему пахали на быках?")
SHEEP = explain("на хуторе держали много овец", prompt="Чем жил хутор?")

ROWS = [
    (HORSES, "лошадей в деревне было много", False),
    (HORSES, "в деревне было много лошадей", False),
    (HORSES, "лошадей в деревне было немало", False),
    (HORSES, "лошадей в деревне было мало", True),
    (SHEEP, "на хуторе держали мало овец", False),
    (SHEEP, "овец на хуторе держали немного", False),
    (SHEEP, "на хуторе держали много овец", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_amount_not_left_out(card, given, right):
    assert RU.grade(card, given).correct is right
