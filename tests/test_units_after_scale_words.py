"""A unit's symbol after a word of scale ("2,4 млн МВт", "3 thousand kW") is read with its prefix, so a
megawatt typed for a kilowatt is a wrong magnitude whether or not "million" stands between; and a unit's
Latin symbol on a Russian pack ("300 GW") is a unit, not a word typed in the wrong keyboard layout. Subjects
and figures are invented."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from studybot.core.si_units import spell_units


def numeric(value: float, unit: str) -> Card:
    return Card(id="c", section="s", kind="numeric", prompt="Какова мощность?", answer=f"{value:g} {unit}",
                number=NumberSpec(value, unit))


# (language, value, card's unit, answer, right)
CASES = [
    ("ru", 2.4e6, "кВт", "2,4 млн кВт", True), ("ru", 2.4e6, "кВт", "2,4 млн МВт", False),
    ("ru", 2.4e6, "кВт", "2,4 млн. МВт", False), ("ru", 2.4e6, "кВт", "2,4 миллиона МВт", False),
    ("ru", 2.4e6, "кВт", "2,4 тыс. МВт", True), ("ru", 2.4e6, "кВт", "2,4 тысячи МВт", True),
    ("ru", 2.4e6, "кВт", "2,4 тыс. кВт", False), ("ru", 2.4e6, "кВт", "2,4 млн Вт", False),
    ("ru", 2.4e6, "кВт", "2,4 ГВт", True), ("ru", 2.4e6, "кВт", "2400 МВт", True),
    ("en", 3000, "kW", "3 thousand kW", True), ("en", 3000, "kW", "3 thousand MW", False),
    ("en", 3000, "kW", "3 MW", True), ("en", 5e6, "W", "5 million mW", False), ("en", 5e6, "W", "5 million W", True),
    ("ru", 300, "MW", "300 GW", False), ("ru", 300, "MW", "300 kW", False), ("ru", 300, "MW", "300 MW", True),
    ("ru", 300, "MW", "0.3 GW", True),
]


@pytest.mark.parametrize(("lang", "value", "unit", "answer", "right"), CASES)
def test_units_after_scale_words(lang, value, unit, answer, right):
    verdict = Grader(language=lang).grade(numeric(value, unit), answer)
    assert verdict.correct is right, (answer, verdict.reason, verdict.feedback)


def test_a_sentence_end_is_no_abbreviation():
    """"3 million. A new …": the capital A opens a sentence, it is no ampere."""
    assert "ampere" not in spell_units("It cost 3 million. A new one cost less.")
    assert "ampere" in spell_units("It drew 3 mln. A at peak")
