"""Parts of one unit read as figures (`core.unit_parts`, through `quantities.find_quantities`), and a numeric card
answered with them: "three quarters of a tonne" is 750 kg, "полтонны" 500 kg; a share of people stays a share."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.quantities import find_quantities


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("three quarters of a tonne", "en", 0.75, "tonne"),
    ("three-quarters of a ton", "en", 0.75, "ton"),
    ("3 quarters of a tonne", "en", 0.75, "tonne"),
    ("two thirds of a mile", "en", 0.6667, "mile"),
    ("a fifth of a kilometre", "en", 0.2, "kilometre"),
    ("3/4 of a ton", "en", 0.75, "ton"),
    ("три четверти тонны", "ru", 0.75, "тонны"),
    ("две трети метра", "ru", 0.6667, "метра"),
    ("четверть тонны", "ru", 0.25, "тонны"),
    ("полтонны", "ru", 0.5, "тонны"),
    ("пол-литра", "ru", 0.5, "литра"),
    ("пол ампера", "ru", 0.5, "ампера"),
    ("3/4 тонны", "ru", 0.75, "тонны"),
])
def test_a_part_of_one_unit_is_a_figure_of_that_unit(text, lang, value, unit):
    [q] = find_quantities(text, lang=lang)
    [written] = find_quantities(f"{value} {unit}", lang=lang)  # the same figure in digits
    assert (q.kind, q.value) == (written.kind, pytest.approx(written.value, rel=1e-3))


@pytest.mark.parametrize(("text", "lang"), [("two thirds of the members", "en"), ("четверть населения", "ru"),
                                            ("половину пути", "ru")])
def test_a_part_of_no_unit_is_no_measure(text, lang):
    assert all(q.kind not in ("mass", "length", "volume") for q in find_quantities(text, lang=lang))


STONE = Card(id="n", section="s", kind="numeric", prompt="How heavy is the stone?", answer="about 760 kg",
             number=NumberSpec(760, "kg", 0.05, relative=True))


@pytest.mark.parametrize(("lang", "answer", "right"), [
    ("en", "three quarters of a tonne", True),
    ("en", "a quarter of a tonne", False),
    ("en", "two thirds of a tonne", False),  # 667 kg: outside 5%
    ("ru", "три четверти тонны", True),
    ("ru", "полтонны", False),
])
def test_a_numeric_card_answered_with_a_part_of_a_unit(lang, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(STONE,), language=lang)
    assert Grader.for_pack(pack).grade(STONE, answer).correct is right
