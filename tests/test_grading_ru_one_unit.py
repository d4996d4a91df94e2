"""In Russian one of a unit is said by its noun alone, with no figure ("месяц", "неделю", "рубль"), as English says
it with "a" ("a month"): where a figure is asked for and none is given, a short answer (three words at most) that
names one unit in the nominative or accusative is one of it; another unit, another case ("в прошлом месяце"), two
units or a long answer are not. Invented cards (`count_nouns.one_of_unit`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

RU = Grader(language="ru")
FLIGHT = numeric(30, "дней", "Около 30 дней", tolerance=3, prompt="Сколько дней длится перелёт?")
CARAVAN = numeric(7, "дней", "7 дней", prompt="Сколько дней шёл обоз?")
BUILD = numeric(2, "года", "2 года", prompt="Сколько лет шла стройка?")
TICKET = numeric(1, "RUB", "1 рубль", prompt="Сколько стоил билет?")
BRIDGE = numeric(1, "км", "1 км", prompt="Какова длина моста?")

ROWS = [
    (FLIGHT, "месяц", True),
    (FLIGHT, "целый месяц", True),
    (FLIGHT, "примерно месяц", True),
    (FLIGHT, "за месяц", True),
    (FLIGHT, "неделю", False),
    (FLIGHT, "год", False),
    (FLIGHT, "в прошлом месяце", False),
    (FLIGHT, "месяц или год", False),
    (FLIGHT, "весь перелёт занимает у них месяц", False),  # running text: not read
    (CARAVAN, "неделю", True),
    (CARAVAN, "неделя", True),
    (CARAVAN, "сутки", False),
    (CARAVAN, "месяц", False),
    (BUILD, "два года", True),
    (BUILD, "год", False),
    (TICKET, "рубль", True),
    (TICKET, "доллар", False),
    (TICKET, "копейку", False),
    (BRIDGE, "километр", True),
    (BRIDGE, "метр", False),
    (BRIDGE, "милю", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_unit_named_alone_is_one_of_it(card, answer, right):
    assert RU.grade(card, answer).correct is right
