"""Two numbers in words side by side are two numbers (`numbers_en.words_to_digits`): after a scale of thousands, the
same scale once more starts a second number ("two thousand, thirty thousand" is 2000 and 30000, never 32000), so a
cloze of two figures can be filled in words; a smaller part after the scale ("two thousand, three hundred") goes on
with the same number. A fraction of a unit in Russian words ("одна десятая грамма") is a figure
(`numbers_ru.ru_words_to_digits`); a card's unit named as a field names it ("г", "граммы", "метры", "рубли") is read
as after a figure (`grading.figures.spec_quantity`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_en import words_to_digits
from studybot.core.numbers_ru import ru_words_to_digits
from studybot.core.packs import Card
from tests.cards import numeric


@pytest.mark.parametrize(("text", "read"), [
    ("two thousand, thirty thousand", "2000, 30000"),
    ("two thousand and thirty thousand", "2000 and 30000"),
    ("one million, four million", "1000000, 4000000"),
    ("two thousand, three hundred", "2300"),
    ("two thousand three hundred and five", "2305"),
    ("thirteen thousand million", "13000000000"),
    ("two million three thousand", "2003000"),
])
def test_two_numbers_of_one_scale(text: str, read: str) -> None:
    assert words_to_digits(text) == read


EN = Grader()
TOWN = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer="2,000, 30,000",
            text="Millbrook grew from about {{2,000}} people to about {{30,000}}.", blanks=(("2,000",), ("30,000",)))


@pytest.mark.parametrize(("answer", "right"), [
    ("two thousand, thirty thousand", True),
    ("two thousand and thirty thousand", True),
    ("2000, 30000", True),
    ("two thousand, three thousand", False),
    ("thirty thousand, two thousand", False),
])
def test_a_cloze_of_two_figures_in_words(answer: str, right: bool) -> None:
    assert EN.grade(TOWN, answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("одна десятая грамма", "0.1 грамма"),
    ("три десятых секунды", "0.3 секунды"),
    ("одну сотую процента", "0.01 процента"),
    ("пять тысячных миллиметра", "0.005 миллиметра"),
    ("девять десятых", "9 десятых"),  # a share, read as a percentage elsewhere
])
def test_a_fraction_of_a_unit_ru(text: str, read: str) -> None:
    assert ru_words_to_digits(text) == read


RU = Grader(language="ru")


@pytest.mark.parametrize(("unit", "answer", "right"), [
    ("г", "0,1 г", True),
    ("г", "одна десятая грамма", True),
    ("г", "0,1 кг", False),
    ("граммы", "0,1 грамма", True),
    ("граммы", "0,3 грамма", False),
    ("метры", "0,1 м", True),
    ("метры", "0,1 г", False),
    ("рубли", "0,1 рубля", True),
])
def test_a_unit_as_a_field_names_it_ru(unit: str, answer: str, right: bool) -> None:
    card = numeric(0.1, unit, f"около 0,1 {unit}", tolerance=0.01, prompt="Сколько получили?")
    assert RU.grade(card, answer).correct is right
