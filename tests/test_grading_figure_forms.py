"""A figure's unit, rate and sign as written: "83,6 г" is grams (a year is never a fraction), "2,000 a week" is
another rate than "2,000 a day", and "плюс 1186 м" is no point 1186 m below the sea. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.periods import periods
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.quantities import find_quantities


def _numeric(value: float, unit: str, answer: str, prompt: str, *accept: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer, accept=accept,
                number=NumberSpec(value, unit, 0.0, False))


def _grade(card: Card, lang: str, given: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, given).correct


GRAMS = [
    ("83,6 г", "mass", 0.0836),
    ("2.5 г", "mass", 0.0025),
    ("в 1957 г", "count", 1957.0),  # a year
    ("1957 г.", "count", 1957.0),
]


@pytest.mark.parametrize(("text", "kind", "value"), GRAMS)
def test_g_after_a_fraction_is_grams_after_a_whole_number_a_year(text, kind, value):
    found = find_quantities(text, lang="ru")
    assert [(q.kind, round(q.value, 6)) for q in found] == [(kind, value)]


MASS = [
    ("83,6 кг", True),
    ("83.6 кг", True),
    ("83,6 г", False),
    ("83,6 т", False),
]


@pytest.mark.parametrize(("given", "right"), MASS)
def test_a_mass_in_another_unit_is_another_mass(given, right):
    card = _numeric(83.6, "кг", "83,6 кг", "Какова масса прибора?", "83,6 кг")
    assert _grade(card, "ru", given) is right


PERIODS = [
    ("Up to 2,000 eggs a day", {"day"}),
    ("3 litres per hour", {"hour"}),
    ("it is checked weekly", {"week"}),
    ("около 500 тонн в сутки", {"day"}),
    ("ежегодно 40 человек", {"year"}),
    ("2000 bricks/day", {"day"}),
    ("the day he came", set()),
]


@pytest.mark.parametrize(("text", "units"), PERIODS)
def test_the_time_a_rate_is_counted_over(text, units):
    assert periods(text) == units


RATES = [
    ("en", "At its peak, how many bricks can the kiln fire a day?", "Up to 2,000 bricks a day", "2000", True),
    ("en", "At its peak, how many bricks can the kiln fire a day?", "Up to 2,000 bricks a day", "2000 a day", True),
    ("en", "At its peak, how many bricks can the kiln fire a day?", "Up to 2,000 bricks a day", "2000 daily", True),
    ("en", "At its peak, how many bricks can the kiln fire a day?", "Up to 2,000 bricks a day", "2000 a week", False),
    ("en", "At its peak, how many bricks can the kiln fire a day?", "Up to 2,000 bricks a day", "2000 per hour",
     False),
    ("ru", "Сколько кирпичей обжигает печь в сутки?", "До 2000 кирпичей в сутки", "2000 в день", True),
    ("ru", "Сколько кирпичей обжигает печь в сутки?", "До 2000 кирпичей в сутки", "2000 в неделю", False),
    ("ru", "Сколько кирпичей обжигает печь в сутки?", "До 2000 кирпичей в сутки", "ежегодно 2000", False),
]


@pytest.mark.parametrize(("lang", "prompt", "answer", "given", "right"), RATES)
def test_a_figure_counted_over_another_time_is_another_rate(lang, prompt, answer, given, right):
    assert _grade(_numeric(2000, "", answer, prompt), lang, given) is right


SIGNS = [
    ("-1186 м", True),
    ("минус 1186 м", True),
    ("1186 м ниже уровня моря", True),
    ("плюс 1186 м", False),
    ("+1186 м", False),
]


@pytest.mark.parametrize(("given", "right"), SIGNS)
def test_a_plus_said_in_words_is_a_sign(given, right):
    card = _numeric(-1186, "м", "−1186 м (на 1186 м ниже уровня моря)",
                    "На какой отметке лежит дно? Укажите со знаком.", "минус 1186 м", "1186 м ниже уровня моря")
    assert _grade(card, "ru", given) is right
