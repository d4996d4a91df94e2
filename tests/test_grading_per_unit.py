"""A price or a yield said per a unit of measure counts per that unit (`grading.periods`, issue #11): "12 florins an
ounce" is not "12 florins per gram", as "2,000 eggs a day" is not "2,000 a week"; "за тонну" is not "за
килограмм". A unit said without a figure before it ("a mile away") is no rate. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.periods import per_units
from studybot.core.packs import Card, Pack, Section
from tests.cards import numeric

SPICE = numeric(12, "USD", "12 dollars per ounce", prompt="At what price per ounce was the saffron sold?")
GRAIN = numeric(3, "t", "3 tonnes per hectare", prompt="What did the new wheat yield?")
SALT = Card(id="n", section="s", kind="numeric", prompt="Почём продавали соль?", answer="40 рублей за тонну",
            number=numeric(40, "RUB", "40 рублей").number)

ROWS = [
    (SPICE, "12 dollars per gram", False),
    (SPICE, "$12 a gram", False),
    (SPICE, "$12/g", False),
    (SPICE, "12 dollars an ounce", True),
    (SPICE, "$12/oz", True),
    (SPICE, "$12 per troy ounce", True),
    (SPICE, "$12", True),
    (GRAIN, "3 tonnes per acre", False),
    (GRAIN, "3 t per hectare", True),
    (GRAIN, "three tonnes a hectare", True),
    (SALT, "40 рублей за килограмм", False),
    (SALT, "40 рублей за тонну", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_figure_per_another_unit_is_another_rate(card, given, right):
    lang = "ru" if card is SALT else "en"
    pack = Pack(id="t", title="t", language=lang, sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "units"), [
    ("35 dollars an ounce", {"ounce"}), ("a kilometre away", set()), ("it is 5 km from town, a mile away", set()),
    ("100 руб. за тонну", {"tonne"}), ("$35/oz", {"ounce"}),
])
def test_units_a_figure_is_given_per(text, units):
    assert per_units(text) == units
