"""A short answer's figure counts what the card's figure counts: "two buds and a leaf" and "two buds" are not
"two leaves and a bud", whose "two" counts the leaves (`counted.counts_swapped`); the same things in another
order, or the counted noun left out where nothing else is named, still are. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

ROWS = [
    ("three eggs and a cup of milk", "three eggs and a cup of milk", True),
    ("three eggs and a cup of milk", "a cup of milk and 3 eggs", True),
    ("three eggs and a cup of milk", "three cups of milk and an egg", False),
    ("three eggs and a cup of milk", "three cups of milk", False),
    ("three eggs and a cup of milk", "a cup of milk and three cups of eggs", False),
    ("two leaves and a bud", "two buds and a leaf", False),
    ("two leaves and a bud", "a bud and two leaves", True),
    ("600 members", "600", True),
    ("600 members", "600 members", True),
]


@pytest.mark.parametrize(("answer", "given", "right"), ROWS)
def test_a_figure_counts_what_the_cards_figure_counts(answer, given, right):
    card = short(answer, prompt="What goes in?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, given).correct is right
