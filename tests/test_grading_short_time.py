"""Done in a short time is done quickly: "in a short time", "in no time", "in little time" are "quickly"
(`lexicon.PHRASES`); "in a long time" is not, nor is a short time a point of slowness. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

ROWS = [
    ("the powder dissolves quickly", "the powder dissolves in a short time", True),
    ("the powder dissolves quickly", "the powder dissolves in no time", True),
    ("the powder dissolves quickly", "the powder dissolves in little time", True),
    ("the powder dissolves quickly", "the powder dissolves in a long time", False),
    ("the powder dissolves slowly", "the powder dissolves in a short time", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), ROWS)
def test_in_a_short_time_is_quickly(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
