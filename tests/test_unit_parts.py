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


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a thousandth of a gram", 0.001, "gram"),
    ("one thousandth of a gram", 0.001, "gram"),
    ("a hundredth of a metre", 0.01, "metre"),
    ("three hundredths of a litre", 0.03, "litre"),
    ("a millionth of a metre", "0.000001", "metre"),  # (as written: "1e-06" is no figure a learner types)
    ("a sixth of a tonne", 0.1667, "tonne"),
    ("1/1000 g", 0.001, "g"),
    ("1/100 of a metre", 0.01, "metre"),
])
def test_small_parts_of_one_unit_are_figures_of_that_unit(text, value, unit):
    [q] = find_quantities(text, lang="en")
    [written] = find_quantities(f"{value} {unit}", lang="en")
    assert (q.kind, q.value) == (written.kind, pytest.approx(written.value, rel=1e-3))


SAMPLE = Card(id="m", section="s", kind="numeric", prompt="How much powder does the assay need?", answer="about 1 mg",
              number=NumberSpec(1, "mg", 0, relative=False))


@pytest.mark.parametrize(("answer", "right"), [
    ("a thousandth of a gram", True),
    ("one thousandth of a gram", True),
    ("1/1000 g", True),
    ("a millionth of a kilogram", True),
    ("a hundredth of a gram", False),  # 10 mg
    ("one tenth of a gram", False),  # 100 mg
    ("1/100 g", False),
])
def test_a_numeric_card_answered_with_a_small_part_of_a_unit(answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(SAMPLE,), language="en")
    assert Grader.for_pack(pack).grade(SAMPLE, answer).correct is right
