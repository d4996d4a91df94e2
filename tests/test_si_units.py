"""Units of physics with SI prefixes: symbols told apart by case ("mW" / "MW"), names in
English and Russian, converted; a figure in another kind of unit is not the answer."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from studybot.core.si_units import spell_units


def numeric(value: float, unit: str) -> Card:
    return Card(id="c", section="s", kind="numeric", prompt="How much?", answer=f"{value:g} {unit}",
                number=NumberSpec(value, unit))


ROWS = [  # (value, unit, answer, right)
    (0.5, "A", "0.5 A", True), (0.5, "A", "0.5 amperes", True), (0.5, "A", "500 mA", True),
    (0.5, "A", "0.5 mA", False), (0.5, "A", "0.5 V", False), (0.5, "A", "0.5", True),
    (60, "W", "60 watts", True), (60, "W", "0.06 kW", True), (60, "W", "60 kW", False),
    (60, "W", "60 MW", False), (60, "W", "60 mW", False),
    (3, "MB", "3 megabytes", True), (3, "MB", "3 Mb", False), (3, "MB", "3000 kB", True),
    (220, "В", "220 вольт", True), (220, "В", "0,22 кВ", True), (220, "В", "220 мВ", False),
    (1, "МВт", "1000 кВт", True), (1, "МВт", "1 мВт", False), (4.7, "kΩ", "4700 ohms", True),
    (4.7, "kΩ", "4.7 Ω", False), (50, "Hz", "50 hertz", True), (50, "Гц", "0,05 кГц", True),
    (3.6, "kWh", "3600 Wh", True), (2, "kN", "2000 newtons", True),
]


@pytest.mark.parametrize(("value", "unit", "answer", "right"), ROWS)
def test_si_units(value, unit, answer, right):
    russian = any("а" <= ch.lower() <= "я" for ch in unit + answer)
    grader = Grader(language="ru" if russian else "en")
    assert grader.grade(numeric(value, unit), answer).correct is right


@pytest.mark.parametrize(("text", "spelled"), [
    ("0.5 mA", "0.5 milliampere"), ("60 MW", "60 megawatt"), ("60mW", "60 milliwatt"), ("2 kN", "2 kilonewton"),
    ("3 Mb", "3 megabit"), ("3 MB", "3 megabyte"), ("40 N", "40 N"), ("the A team", "the A team"),
])
def test_symbols_are_spelled_after_a_figure_only(text, spelled):
    assert spell_units(text) == spelled


@pytest.mark.parametrize(("text", "spelled"), [
    ("0,5 мА", "0,5 миллиампер"), ("1 МВт", "1 мегаватт"), ("220 V", "220 вольт"), ("в 1991 году", "в 1991 году"),
])
def test_russian_names(text, spelled):
    assert spell_units(text, "ru") == spelled
