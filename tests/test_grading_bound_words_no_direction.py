"""A bound said with other words on the same side is the same bound, not a rise: "up to 400 mm" answers "Less than 400
mm" (its "up" bounds the figure, as Russian "до 400 мм" does), "no more than" and "under" too; the other side, another
figure and a real rise or fall are still told. Cards on invented subjects of no pack (a steppe's rain, a pump)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import numeric

EN, RU = Grader(), Grader(language="ru")

RAIN = numeric(400, "mm", "Less than 400 mm", prompt="How much rain falls on the steppe?")
PUMP = numeric(30, "m", "Up to 30 m", prompt="How high can the pump lift water?")
DOZHD = numeric(400, "мм", "Меньше 400 мм", prompt="Сколько осадков выпадает в степи?")

ROWS = [
    (EN, RAIN, "up to 400 mm", True),
    (EN, RAIN, "under 400 mm", True),
    (EN, RAIN, "more than 400 mm", False),  # trap: the other side
    (EN, RAIN, "up to 300 mm", False),  # trap: another figure
    (EN, PUMP, "less than 30 metres", True),
    (EN, PUMP, "at most 30 m", True),
    (EN, PUMP, "at least 30 m", False),
    (RU, DOZHD, "до 400 мм", True),
    (RU, DOZHD, "больше 400 мм", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ROWS)
def test_a_bound_on_the_same_side_is_no_rise(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right
