"""`studybot units`: how the grader reads a numeric card's unit, said for an instructor. Each claim the command
makes is checked against the grader on an invented card, so the words cannot drift from what grading does."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.figures import MEASURE_KINDS
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.unit_catalogue import BASE_UNITS, KIND_EXAMPLES, read_unit, said

from .cli import run


@pytest.mark.parametrize(("unit", "kind"), [
    ("mph", "speed"), ("ft", "length"), ("км/ч", "speed"), ("psi", "pressure"), ("МэВ", "energy"),
    ("keV", "energy"), ("eV", "energy"), ("лет", "duration"), ("weeks", "duration"), ("%", "percent"),
    ("USD", "money"), ("рублей", "money"), ("times", "factor"), ("балл", "count"), ("looms", "count"),
    ("человек", "count"),
])
def test_a_unit_is_read_as_its_kind(unit, kind):
    assert read_unit(unit).kind == kind


@pytest.mark.parametrize(("kind", "example"), [(k, e) for k, examples in KIND_EXAMPLES.items() for e in examples])
def test_every_example_of_a_kind_is_read_as_that_kind(kind, example):
    assert read_unit(example).kind == kind


def test_every_kind_of_measure_has_its_base_unit_named():
    assert set(BASE_UNITS) == MEASURE_KINDS - {"temperature"}  # (a temperature is told in its own scale)


@pytest.mark.parametrize("unit", ["mSv", "Gy", "kBq", "Ci", "mT", "coulombs", "mmol", "lx", "dB", "hPa", "kHz",
                                  "µF", "MΩ"])
def test_every_measure_names_its_base_unit(unit):
    reading = read_unit(unit)
    assert reading.factor is not None and f"read in {reading.base} (" in said(reading)


def test_a_measure_is_told_with_its_factor_to_the_base_unit():
    reading = read_unit("MeV")
    assert reading.base == "J" and reading.factor == pytest.approx(1.602176634e-13)
    assert "read in J" in said(reading) and "converted" in said(reading)


def _grade(unit: str, value: float, answer: str) -> bool:
    card = Card(id="c", section="s", kind="numeric", prompt="How much was it?", answer=f"{value:g} {unit}",
                number=NumberSpec(value=value, unit=unit))
    pack = Pack(id="p", title="P", sections=(Section("s", "S", "It was so."),), cards=(card,))
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("unit", "value", "answer", "right"), [
    ("km/h", 100, "62 mph", True),  # "converted": another unit of speed
    ("MeV", 0.26, "260 keV", True),  # electronvolts with their prefixes
    ("кэВ", 260, "0,26 МэВ", True),
    ("кэВ", 260, "2,6 МэВ", False),
    ("months", 2, "60 days", True),  # a duration: converted
    ("USD", 5, "5 euros", False),  # money: "a sum in another currency is a different answer"
    ("балл", 9, "9", True),  # a count: compared by its figure
])
def test_what_the_command_says_is_what_grading_does(unit, value, answer, right):
    assert _grade(unit, value, answer) is right
    assert ("are converted" in said(read_unit(unit))) is (read_unit(unit).kind not in ("count", "money"))


def test_the_command_prints_a_line_per_unit():
    result = run("units", "mph", "балл")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("mph: speed") and lines[1].startswith("балл: no unit of measure")


def test_the_command_needs_a_unit():
    result = run("units")
    assert result.returncode == 2 and "UNIT" in result.stderr and "Traceback" not in result.stderr
