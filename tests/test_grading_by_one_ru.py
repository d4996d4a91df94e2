"""Russian "на единицу" is "by one" ("ранг повысился на единицу", "на единицу больше"), while "на единицу площади"
is "per unit of area" (core/numbers_ru.py). Cards on invented subjects (a guild's ranks, a dye vat), so a rule that
passes is one of Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ru_words_to_digits
from studybot.core.packs import Card

from .cards import numeric

RU = Grader(language="ru")

RANK = Card(id="c", section="s", kind="choice", prompt="Что происходит с рангом подмастерья после экзамена?",
            options=("Повышается на единицу", "Понижается на единицу", "Повышается на три", "Не меняется"),
            answer="Повышается на единицу")
VAT = numeric(1, "ступень", "на одну ступень", prompt="На сколько ступеней поднимается краска в чане за день?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (RANK, "повышается на единицу", True),
    (RANK, "повышается на 1", True),
    # another figure with the option's words: not that option
    (RANK, "повышается на два", False),
    (RANK, "повышается на 2", False),
    (RANK, "понижается на единицу", False),
    (VAT, "на единицу", True),
    (VAT, "на единицу больше", True),
    (VAT, "на две", False),
])
def test_by_one(card, given, right):
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("вырос на единицу", "вырос на 1"),
    ("на единицу больше", "на 1 больше"),
    ("повысился на единицу: с 2 до 3", "повысился на 1: с 2 до 3"),
    # per unit of a thing, a unit of measure: no figure
    ("сила на единицу размаха", "сила на единицу размаха"),
    ("единица силы тока", "единица силы тока"),
])
def test_na_edinitsu_is_one_only_as_a_change(text, read):
    assert ru_words_to_digits(text) == read
