"""A cubic unit said in one Russian word ("кубометров", "кубокилометра") converts as "м³" and "км³" do. Invented
cards (a tank, a reservoir)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import numeric

RU = Grader(language="ru")
TANK = numeric(120000, "L", "120 тысяч литров", 0.1, prompt="Сколько воды вмещал бак?")
RESERVOIR = numeric(2.5, "km3", "2,5 км³", 0.1, prompt="Каков объём водохранилища?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (TANK, "120 кубометров", True),
    (TANK, "около 120 кубометров воды", True),
    (TANK, "120 м³", True),
    (TANK, "150 кубометров", False),
    (RESERVOIR, "2,5 кубокилометра", True),
    (RESERVOIR, "2500 миллионов кубометров", True),
    (RESERVOIR, "25 кубокилометров", False),
    (RESERVOIR, "2,5 кубометра", False),
])
def test_one_word_cubic_units(card: Card, given: str, right: bool) -> None:
    verdict = RU.grade(card, given)
    assert verdict.correct is right, verdict.trace
