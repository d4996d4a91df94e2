"""A Russian adjective's short masculine form ("прочен", "нужен", "важен", "силён") is its full form ("прочный",
"прочным", "нужный", "сильный") both ways, as "прочна", "прочны" already are; another adjective is not ("тонкий"
for "прочен", "слабый" for "силён"), nor another word for the quality ("большой" for "велик"), nor the form
negated. Invented subjects (`core/ru_short_adjectives.py`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

RU = Grader(language="ru")

CASES = [
    ("лёд достаточно прочен", "лёд оказался достаточно прочным", True),
    ("лёд достаточно прочен", "лёд достаточно прочный", True),
    ("лёд достаточно прочный", "лёд достаточно прочен", True),
    ("клапан нужен для сброса давления", "клапан нужный для сброса давления", True),
    ("этот шаг важен для проверки", "этот шаг важный для проверки", True),
    ("ветер силён", "ветер сильный", True),
    ("лёд достаточно прочен", "лёд достаточно тонкий", False),
    ("ветер силён", "ветер слабый", False),
    ("зал велик", "зал большой", False),
    ("клапан нужен для сброса давления", "клапан не нужен для сброса давления", False),
]


@pytest.mark.parametrize(("point", "given", "right"), CASES)
def test_short_adjective_is_its_full_form(point: str, given: str, right: bool) -> None:
    assert RU.grade(one_point(point, "Каков он?"), given).correct is right
