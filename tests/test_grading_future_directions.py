"""What will happen, said by the future (or present) of a verb of growing or falling (round 24): "вырастет в 3
раза", "возрастёт втрое" say "увеличится в 3 раза", "упадёт вдвое" says "сократится вдвое", as their past forms
("вырос", "упал") already did; the other way ("уменьшится" for "вырастет"), another factor or no change stays wrong.
General Russian (`lexicon_ru.UP`, `lexicon_ru.DOWN`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

MELT = short("увеличится в 3 раза", prompt="Что станет со скоростью таяния при потеплении?")
AREA = short("сократится вдвое", prompt="Что случится с площадью озера к концу века?")
FLOW = short("уменьшится", prompt="Что станет с летним стоком реки, когда ледник исчезнет?")
CATCH = short("рост улова", prompt="Что даст новая сеть?")

ROWS = [
    (MELT, "вырастет в 3 раза", True), (MELT, "возрастёт в три раза", True), (MELT, "скорость вырастет втрое", True),
    (MELT, "увеличится в три раза", True),
    (MELT, "вырастет в 2 раза", False), (MELT, "уменьшится в 3 раза", False), (MELT, "упадёт в 3 раза", False),
    (MELT, "не вырастет", False), (MELT, "не изменится", False),
    (AREA, "упадёт вдвое", True), (AREA, "площадь упадёт в два раза", True), (AREA, "уменьшится вдвое", True),
    (AREA, "вырастет вдвое", False), (AREA, "возрастёт вдвое", False), (AREA, "упадёт втрое", False),
    (FLOW, "упадёт", True), (FLOW, "сток упадёт", True), (FLOW, "снизится", True),
    (FLOW, "вырастет", False), (FLOW, "возрастёт", False), (FLOW, "не упадёт", False),
    (CATCH, "улов вырастет", True), (CATCH, "улов возрастёт", True), (CATCH, "улов упадёт", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_future_of_growing_and_falling(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
