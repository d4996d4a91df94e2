"""Right answers refused on Russian numeric cards, from instructors' reports (round 28), on invented cards.

- "не меньше чем в 900 раз", "не менее, чем в 900 раз": a bound on a factor, no negation (as "не меньше 900 раз").
- A card's `number.unit` "T" is the tesla (the tonne is "t"): "30 Тл", "30 тесла" are right for it.
- The gauss is a unit of the magnetic field (10 000 to the tesla): "300 тысяч гаусс" is 30 T."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

RU = Grader(language="ru")
EN = Grader(language="en")


def _numeric(value: float, unit: str, answer: str, prompt: str, tolerance: float = 0.0) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


FACTOR = _numeric(900, "", "по меньшей мере в 900 раз", "Во сколько раз меньше оказалась вязкость?")
FIELD = _numeric(30, "T", "около 30 тесла", "Какое поле получили в лаборатории?", 1)
EN_FIELD = _numeric(0.5, "T", "0.5 tesla", "How strong was the field?")


@pytest.mark.parametrize(("given", "right"), [
    ("не меньше чем в 900 раз", True),
    ("не менее чем в 900 раз", True),
    ("не меньше, чем в 900 раз", True),
    ("не меньше 900 раз", True),
    ("по меньшей мере в 900 раз", True),
    ("не в 900 раз", False),  # a negation still
    ("не меньше чем в 90 раз", False),
])
def test_bound_on_a_factor(given, right):
    assert RU.grade(FACTOR, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("30 Тл", True),
    ("около 30 тесла", True),
    ("тридцать тесла", True),
    ("300 тысяч гаусс", True),
    ("300 кГс", True),
    ("30 тонн", False),
    ("30 гаусс", False),
    ("30 мТл", False),
])
def test_tesla_and_gauss_ru(given, right):
    assert RU.grade(FIELD, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("0.5 tesla", True),
    ("500 mT", True),
    ("5000 gauss", True),
    ("5 kilogauss", True),
    ("0.5 tonnes", False),
    ("500 gauss", False),
])
def test_tesla_and_gauss_en(given, right):
    assert EN.grade(EN_FIELD, given).correct is right


PRICE = _numeric(20000, "GBP", "£20 000", "Сколько стоила установка?")


@pytest.mark.parametrize(("given", "right"), [
    ("£20,000", True),  # a sum written the English way: its comma sets off thousands
    ("£ 20,000", True),
    ("£20 000", True),
    ("£2,000", False),
    ("£20,000,000", False),
    ("£20,5", False),  # a decimal comma still
])
def test_thousands_after_a_currency_sign_ru(given, right):
    assert RU.grade(PRICE, given).correct is right


def test_a_lone_comma_is_still_decimal_ru():
    card = _numeric(3.5, "km", "3,5 км", "Какой длины тоннель?")
    assert RU.grade(card, "3,5 км").correct


def test_a_preposition_opening_options_is_no_initial():
    """An option's one-letter initial ("C. Okonkwo") chooses it; a preposition ("в") opening options does not."""
    card = Card(id="c", section="s", kind="choice", prompt="Где находился инженер?", answer="в Лиманске, на маяке",
                options=("в Москве", "в Лиманске, на маяке", "в Дубне", "в порту Лиманска"))
    assert RU.grade(card, "в Лиманске на маяке").correct
    card = Card(id="c", section="s", kind="choice", prompt="Как изменился улов?", answer="примерно в три раза меньше",
                options=("примерно в три раза меньше", "примерно в три раза больше", "такой же",
                         "в тридцать раз меньше"))
    assert RU.grade(card, "в три раза меньше").correct
