"""Units of radiation and other SI units with prefixes: a dose in millisieverts is not one in sieverts, nor a dose in
grays; each converts within its kind ("0.01 Sv" is 10 mSv, "1 rem" is 10 mSv). `studybot validate` warns of a
numeric card whose unit is a symbol the grader does not know (read as the word for what is counted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from studybot.core.si_units import spell_units
from studybot.core.validate import check_pack


def numeric(value: float, unit: str, prompt: str = "How much?") -> Card:
    return Card(id="c", section="s", kind="numeric", prompt=prompt, answer=f"{value:g} {unit}",
                number=NumberSpec(value, unit))


ROWS = [  # (value, unit, answer, right)
    (10, "mSv", "10 mSv", True), (10, "mSv", "10 millisieverts", True), (10, "mSv", "0.01 Sv", True),
    (10, "mSv", "10000 µSv", True), (10, "mSv", "10 000 uSv", True), (10, "mSv", "1 rem", True),
    (10, "mSv", "1000 mrem", True), (10, "mSv", "10", True),
    (10, "mSv", "10 Sv", False), (10, "mSv", "10 sieverts", False), (10, "mSv", "10 µSv", False),
    (10, "mSv", "10 mGy", False), (10, "mSv", "10 rem", False),
    (4, "Sv", "4 sieverts", True), (4, "Sv", "4000 mSv", True), (4, "Sv", "4 mSv", False), (4, "Sv", "4 Gy", False),
    (2, "Gy", "2 grays", True), (2, "Gy", "2000 mGy", True), (2, "Gy", "2 Sv", False),
    (5, "kBq", "5000 becquerels", True), (5, "kBq", "5 Bq", False), (5, "kBq", "5 Ci", False),
    (20, "mSv/year", "20 mSv a year", True), (20, "mSv/year", "20 Sv a year", False),
    (3, "mT", "3 millitesla", True), (3, "mT", "3 T", False), (2, "mmol", "2 millimoles", True),
    (2, "mmol", "2 mol", False), (85, "dB", "85 decibels", True), (85, "dB", "85", True),
    (20, "мЗв", "20 миллизиверт", True), (20, "мЗв", "0,02 Зв", True), (20, "мЗв", "20 Зв", False),
    (50, "мкР/ч", "50 микрорентген в час", True), (50, "мкР/ч", "50 мР/ч", False),
]


@pytest.mark.parametrize(("value", "unit", "answer", "right"), ROWS)
def test_units_of_radiation_and_si(value, unit, answer, right):
    russian = any("а" <= ch.lower() <= "я" for ch in unit + answer)
    grader = Grader(language="ru" if russian else "en")
    assert grader.grade(numeric(value, unit), answer).correct is right


@pytest.mark.parametrize(("value", "unit", "answer", "right"), [
    # symbols that alone are other units or words keep their reading: tonnes, megatons, Celsius, a sleep phase, a colour
    (5, "t", "5 T", True), (50, "Mt", "50 MT", True), (20, "°C", "20 C", True),
    (4, "phases", "4 REM phases", True), (2, "wolves", "2 gray wolves", True),
])
def test_symbols_that_are_other_things(value, unit, answer, right):
    assert Grader(language="en").grade(numeric(value, unit), answer).correct is right


@pytest.mark.parametrize(("text", "spelled"), [
    ("10 mSv", "10 millisievert"), ("5 µSv/h", "5 microsievert/h"), ("500 mrem", "500 millirems"),
    ("4 Gy", "4 grays"), ("15 kT", "15 kT"), ("5 T", "5 T"), ("20 C", "20 C"), ("4 REM phases", "4 REM phases"),
])
def test_symbols_spelled(text, spelled):
    assert spell_units(text) == spelled


def _pack(tmp_path: Path, units: list[str]) -> Path:
    cards = "".join(
        f"  - id: c{i}\n    section: s\n    kind: numeric\n    prompt: How much was measured?\n"
        f"    answer: \"5 {unit}\"\n    number: {{value: 5, unit: \"{unit}\"}}\n    explanation: It was measured.\n"
        f"    examples: {{right: [\"5\"], wrong: [\"7\"]}}\n" for i, unit in enumerate(units))
    path = tmp_path / "p.yaml"
    path.write_text("format: 1\nid: p\ntitle: P\nsections:\n  - id: s\n    title: S\n    notes: A note.\ncards:\n"
                    + cards, encoding="utf-8")
    return path


def test_validate_warns_of_a_unit_symbol_it_does_not_know(tmp_path):
    units = ["ppm", "Wb", "keV", "zk", "mSv", "µSv/h", "dB", "people", "stalls", "pH", "ATP", "km"]
    _, problems = check_pack(_pack(tmp_path, units))
    warned = sorted(p.message.split("'")[3] for p in problems if "does not know the unit" in p.message)
    assert warned == ["Wb", "ppm", "zk"]  # (keV is an energy since round 53: electronvolts are read)
