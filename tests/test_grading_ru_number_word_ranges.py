"""Two Russian number words joined by a hyphen, the smaller first ("четыре-пять месяцев", "три-четыре года"), are a
range as "4-5" is, judged as any hedge: right when the tolerance covers both ends (`numbers_ru.ru_words_to_digits`),
never a figure with a negative one. English "seven-to-eight" and "seven or eight" stay hedges. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ru_words_to_digits
from studybot.core.packs import Card, Pack, Section
from tests.cards import numeric

VOYAGE = numeric(7.5, "months", "на семь-восемь месяцев", 0.5, prompt="На сколько месяцев ушла шхуна?")
DRY = numeric(3.5, "years", "три-четыре года", 0.5, prompt="Сколько лет стояла засуха?")
CROSSING = numeric(7.5, "months", "seven to eight months", 0.5, prompt="How long did the crossing take?")


def _grade(card: Card, given: str, language: str) -> bool:
    pack = Pack(id="p", title="p", language=language, cards=(card,), sections=(Section(id="s", title="N", notes="x."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("card", "given", "language", "right"), [
    (VOYAGE, "на семь-восемь месяцев", "ru", True),
    (VOYAGE, "семь-восемь месяцев", "ru", True),
    (VOYAGE, "7-8 месяцев", "ru", True),
    (VOYAGE, "семи-восьми месяцев", "ru", True),
    (VOYAGE, "шесть-восемь месяцев", "ru", False),  # the tolerance does not cover six
    (VOYAGE, "пять-шесть месяцев", "ru", False),
    (VOYAGE, "восемь-девять месяцев", "ru", False),
    (DRY, "три-четыре года", "ru", True),
    (DRY, "3-4 года", "ru", True),
    (DRY, "два-три года", "ru", False),
    (CROSSING, "seven-to-eight months", "en", True),
    (CROSSING, "seven or eight months", "en", True),
    (CROSSING, "six or eight months", "en", False),
    (CROSSING, "six-to-eight months", "en", False),
])
def test_hyphened_number_words(card, given, language, right):
    assert _grade(card, given, language) is right


@pytest.mark.parametrize(("text", "read"), [
    ("четыре-пять месяцев", "4 - 5 месяцев"),
    ("двадцать-тридцать человек", "20 - 30 человек"),
    ("двадцать пять", "25"),
])
def test_read_as_a_range(text, read):
    assert ru_words_to_digits(text) == read
