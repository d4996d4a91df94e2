"""Russian number words as one figure: a decimal said "N целая и M десятых" and a count of millions followed by
the rest of the number ("три миллиона шестьсот тысяч" is 3 600 000, not 3 million and 600 000 beside it). Invented
subjects (`numbers_ru.ru_words_to_digits`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ru_words_to_digits
from studybot.core.packs import Pack, Section
from tests.cards import numeric

WORDS = [
    ("одна целая и одна десятая", "1.1"),
    ("две целых и пять сотых", "2.05"),
    ("одна целая одна десятая", "1.1"),
    ("три миллиона шестьсот тысяч", "3600000"),
    ("два миллиона триста тысяч двести", "2300200"),
    ("один миллиард пятьсот миллионов", "1 миллиард 500 миллионов"),  # two scales: left to the quantity reader
    ("три миллиона", "3 миллиона"),
    ("3 миллиона 2.5", "3 миллиона 2.5"),  # a decimal after the scale is no part of it
    # the singular "тысяча" said alone is one thousand; the plural ("тысячи людей") and a count's ("2 тысячи") are not
    ("тысяча километров", "1000 километров"),
    ("за тысячу лет", "за 1000 лет"),
    ("тысячи людей", "тысячи людей"),
    ("2 тысячи", "2 тысячи"),
    # collective numerals count people ("семеро" is seven), up to ten
    ("трое", "3"),
    ("семеро", "7"),
    ("спаслись девятеро", "спаслись 9"),
    ("десятерых", "10"),
]


@pytest.mark.parametrize(("text", "digits"), WORDS)
def test_russian_number_words_are_read_as_one_figure(text, digits):
    assert ru_words_to_digits(text) == digits


GRADED = [
    (1.1, "Ом·мм²/м", "1,1 Ом·мм²/м", "одна целая и одна десятая", True),
    (1.1, "Ом·мм²/м", "1,1 Ом·мм²/м", "одна целая и две десятых", False),
    (3_600_000, "Дж", "3 600 000 Дж", "три миллиона шестьсот тысяч джоулей", True),
    (3_600_000, "Дж", "3 600 000 Дж", "три миллиона шестьсот джоулей", False),
    (3_600_000, "Дж", "3 600 000 Дж", "три миллиона джоулей", False),
    (1000, "км", "1000 км", "тысяча километров", True),
    (1000, "км", "1000 км", "примерно тысячу км", True),
    (1000, "км", "1000 км", "тысячи километров", False),
    (7, "человек", "7 человек", "семеро", True),
    (7, "человек", "7 человек", "восьмеро", False),
]


@pytest.mark.parametrize(("value", "unit", "answer", "given", "right"), GRADED)
def test_a_figure_said_in_russian_words_is_graded_as_its_value(value, unit, answer, given, right):
    card = numeric(value, unit, answer, prompt="Сколько?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, given).correct is right
