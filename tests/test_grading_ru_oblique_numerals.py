"""Russian numerals written in words in the dative, instrumental and prepositional cases ("в четырёх тысячах пятистах
точках", "с пятьюдесятью солдатами", "к трёмстам"), read as their figures as the nominative and genitive are, and the
scales in those cases after a figure ("в 4,5 тысячах"). Another figure stays another. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ru_words_to_digits
from studybot.core.packs import Card

RU = Grader(language="ru")


def cloze(text: str) -> Card:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    return Card(id="z", section="s", kind="cloze", prompt="Заполните пропуски.", answer="", text=text, blanks=blanks)


WELLS = cloze("Артель пробурила колодцы в {{4500}} точках.")
ROTA = cloze("Обоз шёл с {{350}} солдатами.")

READS = [
    ("в четырех тысячах пятистах точках", "в 4500 точках"),
    ("в пятистах точках", "в 500 точках"),
    ("о двухстах домах", "о 200 домах"),
    ("с пятьюдесятью солдатами", "с 50 солдатами"),
    ("к тремстам рублям", "к 300 рублям"),
    ("двумястами верстами", "200 верстами"),
    ("в двух тысячах шагов", "в 2000 шагов"),
    ("в тысячах километров", "в тысячах километров"),  # a scale alone: how many is not said
]


@pytest.mark.parametrize(("text", "read"), READS)
def test_oblique_numerals_read(text: str, read: str) -> None:
    assert ru_words_to_digits(text) == read


@pytest.mark.parametrize(("card", "answer", "right"), [
    (WELLS, "четырех тысячах пятистах", True),
    (WELLS, "четырёх тысячах пятистах точках", True),
    (WELLS, "четырех с половиной тысячах", True),
    (WELLS, "4,5 тысячах", True),
    (WELLS, "четырех тысячах", False),
    (WELLS, "пятистах", False),
    (WELLS, "пяти тысячах пятистах", False),
    (ROTA, "тремястами пятьюдесятью", True),
    (ROTA, "тремястами", False),
])
def test_oblique_numerals_fill_a_blank(card: Card, answer: str, right: bool) -> None:
    assert RU.grade(card, answer).correct is right
