"""A figure said in several parts is one figure: a sum of money in a currency and its hundredths ("7 рублей 50 копеек",
"3 dollars 25 cents", "5 долларов 20 центов"; not across a dot: "7 руб. 50 коп." stays two figures), a figure in
parts of its scale words ("1 миллиард 95 миллионов", "2 million 300 thousand"), "два с четвертью миллиарда"; a spoken
time with its half of the day ("twenty to twelve at night", "ten to midnight", "без двадцати двенадцать ночи"); hours
and minutes of a duration written "2h40", "2 h 40", "2ч40". A wrong part stays wrong. Invented cards (a ferry line, a
felt-boot workshop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.grading import Grader
from studybot.core.validate import check_pack
from tests.cards import numeric, short

EN, RU = Grader(), Grader(language="ru")
FARE = numeric(3.25, "USD", "3.25 dollars", prompt="What was a single fare on the ferry?")
BOOTS = numeric(7.5, "RUB", "7,5 рубля", prompt="Сколько стоила пара валенок?")
BUYER = numeric(5.2, "USD", "5,20 доллара", prompt="Сколько платил закупщик?")
CAPITAL = numeric(1_095_000_000, "RUB", "1095 млн рублей", prompt="Каким был капитал товарищества?")
PIER = numeric(2_300_000, "USD", "$2.3 million", prompt="What did the new pier cost?")
CREDIT = numeric(2_250_000_000, "francs", "2,25 млрд франков", prompt="Каким был кредит?")
LAST = short("23:40", prompt="When did the last ferry leave?")
BELL = short("23:50", prompt="When did the harbour bell ring?")
NOON = short("11:45", prompt="When did the market open?")
CROSSING = numeric(160, "minutes", "160 minutes", prompt="How long did the crossing take?")
ROAD = numeric(160, "минут", "160 минут", prompt="Сколько шли до ярмарки?")

ROWS = [
    # a sum in a currency and its hundredths: one figure, of that currency
    (EN, FARE, "3 dollars 25 cents", True),
    (EN, FARE, "3 dollars and 25 cents", True),
    (EN, FARE, "three dollars twenty-five cents", True),
    (EN, FARE, "3 dollars 52 cents", False),
    (EN, FARE, "2 dollars 25 cents", False),
    (EN, FARE, "25 dollars 3 cents", False),
    (RU, BOOTS, "7 рублей 50 копеек", True),
    (RU, BOOTS, "семь рублей пятьдесят копеек", True),
    (RU, BOOTS, "7 руб 50 коп", True),
    (RU, BOOTS, "7 рублей 5 копеек", False),
    (RU, BOOTS, "7 долларов 50 центов", False),  # another currency
    (RU, BOOTS, "7 долларов 50 копеек", False),  # parts of two currencies are no sum
    (RU, BOOTS, "7 рублей 150 копеек", False),  # a second part of a whole rouble or more is no hundredth
    (RU, BUYER, "5 долларов 20 центов", True),
    (RU, BUYER, "5 долларов 2 цента", False),
    (RU, BUYER, "5 рублей 20 копеек", False),
    # a figure in parts of its scale words
    (RU, CAPITAL, "1 миллиард 95 миллионов рублей", True),
    (RU, CAPITAL, "один миллиард девяносто пять миллионов рублей", True),
    (RU, CAPITAL, "1 миллиард 59 миллионов рублей", False),
    (RU, CAPITAL, "1 миллиард рублей", False),
    (RU, CAPITAL, "1 миллиард 95 миллионов долларов", False),
    (EN, PIER, "2 million 300 thousand dollars", True),
    (EN, PIER, "$2 million 300 thousand", True),
    (EN, PIER, "2 million 30 thousand dollars", False),
    (EN, PIER, "3 million 200 thousand dollars", False),
    (RU, CREDIT, "два с четвертью миллиарда франков", True),
    (RU, CREDIT, "два с половиной миллиарда франков", False),
    (RU, CREDIT, "два миллиарда франков", False),
    # a spoken time whose half of the day is said
    (EN, LAST, "twenty to twelve at night", True),
    (EN, LAST, "twenty to eleven at night", False),
    (EN, LAST, "twenty to twelve in the morning", False),
    (EN, LAST, "twenty past twelve at night", False),
    (RU, LAST, "без двадцати двенадцать ночи", True),
    (RU, LAST, "без двадцати одиннадцать ночи", False),
    (EN, BELL, "ten to midnight", True),
    (EN, BELL, "ten past midnight", False),
    (EN, BELL, "twenty to midnight", False),
    (EN, NOON, "a quarter to noon", True),
    (EN, NOON, "a quarter past noon", False),
    # hours and minutes of a duration
    (EN, CROSSING, "2h40", True),
    (EN, CROSSING, "2 h 40", True),
    (EN, CROSSING, "2h04", False),
    (EN, CROSSING, "3h40", False),
    (RU, ROAD, "2ч40", True),
    (RU, ROAD, "2 ч 40", True),
    (RU, ROAD, "2ч04", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ROWS)
def test_a_figure_said_in_parts(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("17h30", True),  # "17h30" is still a time of day
    ("5:30 pm", True),
    ("5 to 6 pm", False),  # a range: the first figure may be an hour
])
def test_a_time_card_keeps_its_times(given, right):
    assert EN.grade(short("17:30", prompt="When did the ferry leave?"), given).correct is right


@pytest.mark.parametrize("given", ["from ten to midnight", "9 to 5 pm", "between 10 to midnight"])
def test_a_span_of_hours_is_no_time(given):
    assert EN.grade(short("23:50", prompt="When did the bell ring?"), given).correct is False


PACK = """format: 1
id: felt
title: A felt-boot workshop (invented)
language: ru
sections:
  - {id: s, title: Деньги, notes: "Пара валенок стоила 7 рублей 50 копеек."}
cards:
  - {id: para, section: s, kind: numeric, prompt: Сколько стоила пара?, answer: "7,5 рубля (7 рублей 50 копеек)",
     number: {value: 7.5, unit: RUB}}
  - {id: zhal, section: s, kind: numeric, prompt: Каким было жалованье?, answer: девять рублей сорок шесть копеек,
     number: {value: 9.46, unit: RUB}}
  - {id: kap, section: s, kind: numeric, prompt: Каким был капитал?, answer: 1 миллиард 95 миллионов рублей,
     number: {value: 1095000000, unit: RUB}}
  - {id: bad, section: s, kind: numeric, prompt: Каким был заём?, answer: 8 миллиардов 80 миллионов рублей,
     number: {value: 8800000000, unit: RUB}}
"""


def test_validate_reads_a_card_answer_in_parts(tmp_path: Path):
    path = tmp_path / "felt.yaml"
    path.write_text(PACK, encoding="utf-8")
    _, problems = check_pack(path)
    disagree = [p.message for p in problems if "does not agree" in p.message]
    assert len(disagree) == 1 and "card 'bad'" in disagree[0], disagree
