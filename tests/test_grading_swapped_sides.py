"""The two sides of a one-way preposition swapped in a short answer (issue #11): "taxes without markets" has every
word of "markets without taxes" and says another thing, as "налоги без рынка" does of "рынок без налогов"; a
preposition whose sides may change places ("bread and salt", "with") is left alone. Invented cards; each row says
what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

SLOGAN = short("markets without taxes", prompt="What was the rebels' slogan?")
HOUSE = short("the house of the miller", prompt="Where did they meet?")
TRADE = short("salt for iron", prompt="What did the traders exchange?")
RU_SLOGAN = short("рынок без налогов", prompt="Какой лозунг выдвинули восставшие?")
RU_SCHOOL = short("школа для рабочих", prompt="Что открыли в городе?")
WITH = short("bread with salt", prompt="What did they offer the guests?")

ROWS = [
    (SLOGAN, "markets without taxes", "en", True),
    (SLOGAN, "Markets without any taxes!", "en", True),
    (SLOGAN, "taxes without markets", "en", False),
    (HOUSE, "the miller's house", "en", True),
    (HOUSE, "the miller of the house", "en", False),
    (TRADE, "salt for iron", "en", True),
    (TRADE, "iron for salt", "en", False),
    (RU_SLOGAN, "Рынок без налогов", "ru", True),
    (RU_SLOGAN, "налоги без рынка", "ru", False),
    (RU_SCHOOL, "школу для рабочих", "ru", True),
    (RU_SCHOOL, "рабочих для школы", "ru", False),
    (WITH, "salt with bread", "en", True),  # either way round
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_a_one_way_preposition_keeps_its_sides(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
