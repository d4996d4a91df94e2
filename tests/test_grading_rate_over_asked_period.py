"""A length said per the time the question asks over is that length: "less than 400 mm a year" answers "How much rain
falls on a steppe a year?" (less than 400 mm), "меньше 250 мм в год" answers "Сколько осадков выпадает за год?".
Over another time it stays a rate ("a month" for "a year"), and the figure and its bound are checked as ever. Cards
on invented subjects of no pack (a steppe, a salt marsh, a glacier's creep)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import numeric

EN, RU = Grader(), Grader(language="ru")

STEPPE = numeric(400, "mm", "Less than 400 mm", prompt="How much rain falls on a steppe a year?")
MARSH = numeric(250, "мм", "Меньше 250 мм", prompt="Сколько осадков выпадает на солончаке за год?")
CREEP = numeric(30, "m", "About 30 m", tolerance=3, prompt="How far does the glacier creep in a year?")

ROWS = [
    (EN, STEPPE, "less than 400 mm a year", True),
    (EN, STEPPE, "no more than 400 mm per year", True),
    (EN, STEPPE, "under 40 cm a year", True),
    (EN, STEPPE, "less than 400 mm", True),  # (as before)
    (EN, STEPPE, "more than 400 mm a year", False),  # trap: the other side
    (EN, STEPPE, "less than 400 mm a month", False),  # trap: another time
    (EN, STEPPE, "less than 300 mm a year", False),  # trap: another figure
    (EN, CREEP, "about 30 metres a year", True),
    (EN, CREEP, "30 m every day", False),
    (RU, MARSH, "меньше 250 мм в год", True),
    (RU, MARSH, "не больше 250 мм в год", True),
    (RU, MARSH, "до 25 сантиметров в год", True),
    (RU, MARSH, "больше 250 мм в год", False),
    (RU, MARSH, "меньше 250 мм в месяц", False),
    (RU, MARSH, "меньше 150 мм в год", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ROWS)
def test_a_length_per_the_asked_time_is_that_length(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right
