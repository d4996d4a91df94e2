"""Shares of a whole said as counts are percentages, in English and Russian (core/shares.py).

"one in four", "1 in 4", "every fourth", "a quarter of", "каждый четвёртый", "один из четырёх",
"четверть жителей" are 25%; "three out of ten", "3 из 10", "3/10" 30%; "two thirds", "две трети" 67%
(a share agrees with a percentage up to its rounding). The figures of a share still count ("3 out of
10" answers "how many?" with 3) but are no percentages ("1 in 4" is not 4%). Traps: "the first in
eight years", "every four years", "the Third Estate", "четверть века", "каждые четыре года" are no
shares. Cards are on invented subjects (a ship's crew, a village, a jury, an army).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric, short

EN = Grader()
RU = Grader(language="ru")


def shares(grader: Grader, text: str) -> list[float]:
    return [round(q.value, 2) for q in grader.prep(text).quantities if q.unit == "share"]


@pytest.mark.parametrize(("text", "expected"), [
    ("one in four sailors", [25]),
    ("1 in 4 sailors", [25]),
    ("three out of ten jurors", [30]),
    ("one in a hundred", [1]),
    ("every fourth sailor", [25]),
    ("every 4th sailor", [25]),
    ("every other day", [50]),
    ("two thirds of the army", [66.67]),
    ("two-thirds of the army", [66.67]),
    ("three quarters of the crew", [75]),
    ("seven eighths of the houses", [87.5]),  # every part's plural, not only the common ones
    ("three sevenths of the votes", [42.86]),
    ("a quarter of the crew", [25]),
    ("a third of the army", [33.33]),
    ("3/10 of the jurors", [30]),
    ("one sailor in four", [25]),  # the thing counted between the figures
    ("roughly one florin in four", [25]),
    # traps
    ("the first in eight years", []),
    ("one in four years", []),  # a frequency, not a share of a whole
    ("every four years", []),
    ("the Third Estate", []),
    ("the third of May", []),
    ("died in 1990", []),
    ("on 1/4/1990", []),
    ("from 5 to 6", []),
    ("one year in four", []),
    ("spent 2 weeks in 5 ports", []),
])
def test_english_shares_read(text, expected):
    assert shares(EN, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("каждый четвёртый житель", [25]),
    ("каждый четвертый", [25]),
    ("один из четырёх жителей", [25]),
    ("трое из десяти присяжных", [30]),
    ("3 из 10", [30]),
    ("3 присяжных из 10", [30]),
    ("две трети армии", [66.67]),
    ("три четверти команды", [75]),
    ("больше двух третей жителей", [66.67]),  # the genitive plural after "около", "больше", "из"
    ("одна пятая", [20]),
    ("внесли одну пятую", [20]),  # (the accusative, round 55)
    ("внесли пятую часть взноса", [20]),  # the Nth part, its ordinal read as a figure ("5 часть")
    ("десятую часть урожая", [10]),  # ... or left a word
    ("четверть жителей", [25]),
    ("половина команды", [50]),
    # traps
    ("каждые четыре года", []),
    ("четверть века", []),
    ("в половине шестого", []),  # a time of day
    ("один из лидеров", []),
    ("вторая часть романа", []),  # the second of several parts, no half
    ("5 частей", []),  # a count of parts
])
def test_russian_shares_read(text, expected):
    assert shares(RU, text) == expected


@pytest.mark.parametrize(("card", "given", "right"), [
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "one in four", True),
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "a quarter of the crew", True),
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "every fourth sailor", True),
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "one in five", False),
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "4%", False),
    (short("one in four sailors"), "25% of sailors", True),
    (short("one in four sailors"), "a quarter of the sailors", True),
    (short("one in four sailors"), "one in five sailors", False),
    (short("one in four sailors"), "4% of sailors", False),
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "one sailor in four", True),
    (short("25% of the crew", prompt="What share of the crew fell ill?"), "one sailor in five", False),
    (short("two thirds of the army"), "67% of the army", True),
    (short("two thirds of the army"), "a third of the army", False),
    (numeric(87.5, "%", "87.5%"), "seven eighths", True),
    (numeric(87.5, "%", "87.5%"), "five eighths", False),
    (numeric(30, "%", "30%"), "three out of ten", True),
    (numeric(30, "%", "30%"), "3 in 10", True),
    (numeric(30, "%", "30%"), "one in three", False),  # 33%
    (numeric(30, "%", "30%"), "3%", False),
    (numeric(33, "%", "33%"), "a third", True),  # within the rounding of 33%
    (numeric(4, "%", "4%"), "1 in 4", False),  # the 4 of a share is no 4%
    (numeric(3, "", "3", prompt="How many of the ten jurors voted against?"), "3 out of 10", True),
    (short("the Third Estate"), "the 3rd estate", True),
    (short("the Third Estate"), "the second estate", False),
    # a part said as a factor of less: "a quarter as much", "four times less" is a share of 25%
    (numeric(25, "%", "About a quarter", prompt="What share of the grain did the new mill use?"),
     "a quarter as much", True),
    (numeric(25, "%", "About a quarter", prompt="What share of the grain did the new mill use?"),
     "four times less grain", True),
    (numeric(25, "%", "About a quarter", prompt="What share of the grain did the new mill use?"),
     "half as much", False),
    (numeric(25, "%", "About a quarter", prompt="What share of the grain did the new mill use?"),
     "four times more", False),
    (numeric(50, "%", "Half", prompt="What share of the grain did the new mill use?"), "half as much", True),
])
def test_english_shares_graded(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (short("25% жителей", prompt="Какая доля жителей уехала?"), "каждый четвёртый житель", True),
    (short("25% жителей", prompt="Какая доля жителей уехала?"), "один из четырёх жителей", True),
    (short("25% жителей", prompt="Какая доля жителей уехала?"), "четверть жителей", True),
    (short("25% жителей", prompt="Какая доля жителей уехала?"), "каждый пятый", False),
    (short("25% жителей", prompt="Какая доля жителей уехала?"), "4% жителей", False),
    (numeric(30, "%", "30%"), "3 из 10", True),
    (numeric(30, "%", "30%"), "трое из десяти", True),
    (numeric(30, "%", "30%"), "каждый третий", False),
    (short("две трети армии"), "67% армии", True),
    (short("две трети армии"), "2/3 армии", True),
    (short("две трети армии"), "треть армии", False),
    # a count of five or more parts of five or more ("девять десятых", "около семи восьмых") is a share too
    (numeric(90, "%", "90%", prompt="Какая доля льдины под водой?"), "девять десятых", True),
    (numeric(90, "%", "90%", prompt="Какая доля льдины под водой?"), "около девяти десятых", True),
    (numeric(90, "%", "90%", prompt="Какая доля льдины под водой?"), "семь десятых", False),
    (numeric(87.5, "%", "87,5%"), "семь восьмых", True),
    (numeric(87.5, "%", "87,5%"), "пять восьмых", False),
    (numeric(25, "%", "Четверть", prompt="Какую долю зерна тратила новая мельница?"), "в четыре раза меньше", True),
    (numeric(25, "%", "Четверть", prompt="Какую долю зерна тратила новая мельница?"), "в два раза меньше", False),
])
def test_russian_shares_graded(card, given, right):
    assert RU.grade(card, given).correct is right


# a share as a change agrees with a percentage of change as near as the share itself, and its way is checked like
# any other: "up a fifth" for a fall of 19% was accepted, "by about a fifth" rejected
FELL = numeric(19, "%", "19%", prompt="By what percentage did the harbour's catch fall in 1990?")
SHRANK = numeric(25, "%", "25%", prompt="На сколько процентов сократилось стадо за зиму?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, FELL, "a fifth", True),
    (EN, FELL, "by about a fifth", True),
    (EN, FELL, "it fell by a fifth", True),
    (EN, FELL, "down a fifth", True),
    (EN, FELL, "up a fifth", False),  # the other way
    (EN, FELL, "it rose a fifth", False),
    (EN, FELL, "grew by about a fifth", False),
    (EN, FELL, "to a fifth", False),  # a fall to a fifth is one of 80%
    (EN, FELL, "by a third", False),
    (RU, SHRANK, "на четверть", True),
    (RU, SHRANK, "выросло на четверть", False),
    (RU, numeric(19, "%", "19%", prompt="На сколько процентов упал улов?"), "примерно на пятую часть", True),
    (RU, numeric(19, "%", "19%", prompt="На сколько процентов упал улов?"), "вырос на пятую часть", False),
    (RU, numeric(19, "%", "19%", prompt="На сколько процентов упал улов?"), "на четверть", False),
])
def test_a_share_of_change_and_its_way(grader, card, given, right):
    assert grader.grade(card, given).correct is right


# the Nth part of a whole is 1/N in any case ("третья часть", "четвёртую часть"), as "пятая часть" was, and so is a
# fraction in the accusative ("на одну четвёртую"); "вторая часть" is the second of several parts, no half
HARVEST = numeric(33.3, "%", "Около трети", tolerance=0.5, prompt="Какая доля урожая погибла от засухи?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, HARVEST, "третья часть", True),
    (RU, HARVEST, "примерно третью часть урожая", True),
    (RU, HARVEST, "одну третью", True),
    (RU, HARVEST, "четвертая часть", False),
    (RU, HARVEST, "3 части", False),
    (RU, SHRANK, "на четвертую часть", True),
    (RU, SHRANK, "на одну четвертую", True),
    (RU, SHRANK, "выросло на четвертую часть", False),
    (RU, SHRANK, "на третью часть", False),
    (RU, numeric(50, "%", "Половина", prompt="Какая доля стада погибла?"), "вторая часть", False),
])
def test_the_nth_part_is_a_share(grader, card, given, right):
    assert grader.grade(card, given).correct is right
