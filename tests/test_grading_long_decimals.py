"""A decimal with four places or more ("0,7355 кВт", "3.1416") is read whole, not cut after its third place as if
its first three were a group of thousands (core/quantities.py `_NUM`). Cards on invented subjects (a mill's
engine, a brewery's gauge); each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.quantities import find_quantities

from .cards import numeric

RU = Grader(language="ru")
EN = Grader()

ENGINE = numeric(735.5, "W", "примерно 735,5 Вт", 1, prompt="Какова мощность мотора мельницы?")
GAUGE = numeric(0.017, "mm", "0,017 мм", 0.0005, prompt="Какова толщина нити манометра?")
RATIO = numeric(3.1416, "", "3.1416", 0.0002, prompt="What ratio does the gauge show?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, ENGINE, "0,7355 кВт", True),
    (RU, ENGINE, "0,7355 киловатт", True),
    (RU, ENGINE, "0,7455 кВт", False),  # 745.5 W
    (RU, ENGINE, "0,07355 кВт", False),  # 73.55 W
    (RU, GAUGE, "0,0170 мм", True),
    (RU, GAUGE, "0,0017 мм", False),  # ten times thinner
    (EN, RATIO, "3.1416", True),
    (EN, RATIO, "3.1415", True),
    (EN, RATIO, "3.1419", False),
    (EN, RATIO, "3.141", False),
])
def test_long_decimals(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace


@pytest.mark.parametrize(("text", "lang", "values"), [
    ("0,7355", "ru", [0.7355]),
    ("0,0001", "ru", [0.0001]),
    ("1.2345", "en", [1.2345]),
    # groups of three are still groups of thousands
    ("1 000 000", "ru", [1_000_000]),
    ("1,000,000", "en", [1_000_000]),
    ("176 000 000", "ru", [176_000_000]),
])
def test_read_whole(text: str, lang: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text, lang=lang)] == pytest.approx(values)
