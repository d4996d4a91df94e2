"""A body's weight gained or lost is a direction (core/answer_groups.py): asked how much someone lost ("похудел"), "он
потолстел на 8 кг" gives the figure the other way, as "вырос" does for "упал". Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

RU = Grader(language="ru")
LOST = Card(id="n", section="s", kind="numeric", prompt="На сколько похудел лесник Петров за зимний поход?",
            answer="на 8 кг", number=NumberSpec(8, "kg", 0))
GAINED = Card(id="m", section="s", kind="numeric", prompt="На сколько потолстел лесник Петров за лето на пасеке?",
              answer="на 8 кг", number=NumberSpec(8, "kg", 0))


@pytest.mark.parametrize(("card", "answer", "right"), [
    (LOST, "похудел на 8 кг", True),
    (LOST, "на 8 кг", True),
    (LOST, "сбросил 8 кг", True),
    (LOST, "похудел на 9 кг", False),  # another figure
    (LOST, "потолстел на 8 кг", False),  # the weight the other way
    (LOST, "потолстел на 8 килограммов", False),
    (LOST, "располнел на 8 кг", False),
    (GAINED, "потолстел на 8 кг", True),
    (GAINED, "прибавил 8 кг", True),
    (GAINED, "похудел на 8 кг", False),
])
def test_weight_gained_or_lost_is_a_direction(card, answer, right):
    assert RU.grade(card, answer).correct is right
