"""A figure said with a half in words (issue #11): "a million and a half" is 1.5 million (not a million and 0.5),
"полтораста" 150, "полтысячи" 500, "полмиллиона" 500 000, "пол года" (written apart) half a year, "полрубля" half a
rouble (as "пол-литра", "полкилометра" are half of a unit of measure); a quarter of a scale too ("a quarter million",
"half-million", "three quarters of a million", "четверть миллиона"). A wrong figure said so still fails. Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import numeric

MILLION_HALF = numeric(1_500_000, "people", "1.5 million people", prompt="How many people fled the plague?")
HALF_MILLION = numeric(500_000, "people", "500,000 people", prompt="How many people fled the plague?")
BILLION_HALF = numeric(2_500_000_000, "USD", "USD 2.5 billion", prompt="How much did the canal cost?")
ONE_FIFTY = numeric(150, "кораблей", "150 кораблей", prompt="Сколько кораблей вышло в море?")
FIVE_HUNDRED = numeric(500, "человек", "500 человек", prompt="Сколько человек держали оборону?")
HALF_MILLION_RU = numeric(500_000, "человек", "500 000 человек", prompt="Сколько жителей бежало?")
SIX_MONTHS = numeric(6, "месяцев", "6 месяцев", prompt="Сколько длилась осада?")
TICKET = numeric(0.5, "RUB", "50 копеек", prompt="Сколько стоил билет?")
JUG = numeric(0.5, "л", "0,5 л", prompt="Сколько молока в кувшине?")
ROAD = numeric(500, "м", "500 м", prompt="Какова длина дороги?")
QUARTER_MILLION = numeric(250_000, "samples", "250,000 samples", prompt="How many seeds did the bank hold?")
THREE_QUARTERS = numeric(750_000, "people", "750,000 people", prompt="How many people fled the plague?")
QUARTER_MILLION_RU = numeric(250_000, "образцов", "250 000 образцов", prompt="Сколько семян хранил банк?")
THREE_QUARTERS_RU = numeric(750_000, "человек", "750 000 человек", prompt="Сколько жителей бежало?")

ROWS = [
    (MILLION_HALF, "a million and a half people", True),
    (MILLION_HALF, "one million and a half", True),
    (MILLION_HALF, "a million and a half", True),
    (MILLION_HALF, "half a million people", False),
    (MILLION_HALF, "two million and a half", False),
    (HALF_MILLION, "a million and a half people", False),
    (BILLION_HALF, "two billion and a half dollars", True),
    (BILLION_HALF, "a billion and a half dollars", False),
    (ONE_FIFTY, "полтораста кораблей", True),
    (ONE_FIFTY, "около полутораста кораблей", True),
    (ONE_FIFTY, "полторы сотни кораблей", True),
    (ONE_FIFTY, "сто кораблей", False),
    (FIVE_HUNDRED, "полтысячи человек", True),
    (FIVE_HUNDRED, "пол тысячи человек", True),
    (FIVE_HUNDRED, "полторы тысячи человек", False),
    (HALF_MILLION_RU, "полмиллиона человек", True),
    (HALF_MILLION_RU, "полтора миллиона человек", False),
    (SIX_MONTHS, "пол года", True),
    (SIX_MONTHS, "полгода", True),
    (SIX_MONTHS, "полтора года", False),
    (TICKET, "полрубля", True),
    (TICKET, "пол-рубля", True),
    (TICKET, "полтора рубля", False),
    (TICKET, "полдоллара", False),
    (JUG, "пол-литра", True),
    (JUG, "поллитра", True),
    (JUG, "полтора литра", False),
    (ROAD, "полкилометра", True),
    (ROAD, "полметра", False),
    (ROAD, "полмили", False),
    # a quarter (or three) of a scale, or a half without its article
    (HALF_MILLION, "half million", True),
    (MILLION_HALF, "one and a half million people", True),  # (no "a half million" in it)
    (BILLION_HALF, "two and a half billion dollars", True),
    (BILLION_HALF, "2 and a half billion dollars", True),
    (THREE_QUARTERS, "seven hundred and fifty thousand", True),
    (HALF_MILLION, "a half-million people", True),
    (HALF_MILLION, "a quarter million", False),
    (QUARTER_MILLION, "a quarter million samples", True),
    (QUARTER_MILLION, "quarter-million", True),
    (QUARTER_MILLION, "three quarters of a million", False),
    (THREE_QUARTERS, "three quarters of a million", True),
    (THREE_QUARTERS, "three-quarters million", True),
    (QUARTER_MILLION_RU, "четверть миллиона образцов", True),
    (QUARTER_MILLION_RU, "около четверти миллиона", True),
    (QUARTER_MILLION_RU, "три четверти миллиона", False),
    (QUARTER_MILLION_RU, "полмиллиона", False),
    (THREE_QUARTERS_RU, "три четверти миллиона", True),
]


def _pack(card: Card, language: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language=language)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_figure_with_a_half_in_words(card, given, right):
    language = "ru" if any("а" <= c <= "я" for c in card.answer) else "en"
    assert Grader.for_pack(_pack(card, language)).grade(card, given).correct is right
