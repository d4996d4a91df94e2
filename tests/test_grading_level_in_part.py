"""A long keypoint made in part keeps the level it gives its thing (`grading.partly_flips`): "high grain prices
during the long siege of Velmar" is not made by "grain prices fell during the long siege", nor "low water levels in
the river during the summer drought" by "water levels in the river rose", while the thing moved the way of its
level, or the level said, still makes it. Invented sieges and droughts."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

NOTES = ("High grain prices during the long siege of Velmar made the farmers plant more barley. Low water levels in "
         "the river during the summer drought stopped the mills.")
PRICES = explain("high grain prices during the long siege of Velmar", prompt="Why did farmers plant more barley?")
WATER = explain("low water levels in the river during the summer drought", prompt="Why did the mills stop?")

ROWS = [
    (PRICES, "grain prices fell during the long siege", False),
    (PRICES, "grain prices rose during the siege of Velmar", True),
    (PRICES, "grain prices went up during the long siege", True),
    (PRICES, "grain prices were high during the siege of Velmar", True),
    (WATER, "water levels in the river rose during the summer drought", False),
    (WATER, "water levels in the river dropped during the drought", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_level_left_out_against_its_way(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="en")
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
