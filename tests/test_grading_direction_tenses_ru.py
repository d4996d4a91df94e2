"""A Russian word of rising or falling in another tense or aspect than the card's (issue #11): "вырастет",
"возрастает", "упадёт", "подешевеет" say the direction that "вырос", "увеличится",
"снизился" say, so one meets another of its direction and never one of the other. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point, short

SALT = one_point("цены на соль вырастут", "Что будет после указа?")
HARVEST = one_point("урожай ржи упадёт", "Что будет после засухи?")
TWICE = short("увеличится в 2 раза", "возрастёт в 2 раза", prompt="Как изменится сила тяги?")
COST = one_point("стоимость перевозки возрастает", "Что происходит зимой?")

ROWS = [
    (SALT, "цены на соль повысятся", True),
    (SALT, "цены на соль возрастут", True),
    (SALT, "цены на соль упадут", False),
    (SALT, "цены на соль не вырастут", False),
    (HARVEST, "урожай ржи снизится", True),
    (HARVEST, "урожай ржи сократится", True),
    (HARVEST, "урожай ржи вырастет", False),
    (TWICE, "вырастет в 2 раза", True),
    (TWICE, "вырастет в 3 раза", False),
    (TWICE, "упадёт в 2 раза", False),
    (COST, "стоимость перевозки растёт", True),
    (COST, "стоимость перевозки увеличивается", True),
    (COST, "стоимость перевозки снижается", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_direction_in_another_tense(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("word", "sign"), [
    ("вырастет", 1), ("вырастут", 1), ("возрастёт", 1), ("возрастает", 1), ("вырастает", 1),
    ("увеличатся", 1),
    ("упадёт", -1), ("упадут", -1), ("подешевеет", -1), ("ослабнет", -1),
    ("вырастил", 0), ("падеж", 0),  # growing a crop is no rise; a case of grammar no fall
    ("повышающий", 0), ("понижающий", 0),  # a kind of transformer, not a change
])
def test_the_words(word, sign):
    assert language("ru").direction(word) == sign
