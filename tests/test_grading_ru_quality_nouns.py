"""A Russian noun of a quality made on a verb by an adjective in "-ственный", "-чивый", "-ливый" is met by that verb
("наследственность" / "признаки наследуются", "изменчивость" / "особи изменяются"), as a verbal noun in "-ение" is
(`ru_verbal_nouns`); another verb, or the noun's own root in another word, still fails. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

RU = Grader(language="ru")
FACTORS = explain("наследственность", "изменчивость", prompt="Какие два свойства сортов ценил садовник Орлов?")


@pytest.mark.parametrize(("answer", "right"), [
    ("наследственность и изменчивость", True),
    ("признаки сорта наследуются, а растения изменяются", True),
    ("свойства передаются по наследству, а растения изменяются", True),  # "наследству": the root, as before
    ("признаки сорта сохраняются, а растения изменяются", False),
    ("признаки сорта наследуются, а растения растут", False),
])
def test_a_quality_said_by_its_verb(answer, right):
    assert RU.grade(FACTORS, answer).correct is right
