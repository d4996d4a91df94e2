""""Cut" is a word of direction, down (`lexicon.DOWN`): "the bank cut interest rates" is made by "lowered" or
"reduced" them, and "cut taxes" makes "reduced taxes"; the other direction, a denial and another object stay wrong.
Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain


@pytest.mark.parametrize(("point", "answer", "right"), [
    ("the bank cut interest rates", "the bank lowered interest rates", True),
    ("the bank cut interest rates", "the bank reduced interest rates", True),
    ("the guild reduced its fees", "the guild cut its fees", True),
    ("the guild reduced its fees", "the guild is cutting its fees", True),
    ("the bank cut interest rates", "the bank raised interest rates", False),
    ("the bank cut interest rates", "the bank did not cut interest rates", False),
    ("the guild raised its fees", "the guild cut its fees", False),
    ("the guild reduced its fees", "the guild cut its wages", False),
])
def test_cut_is_a_fall(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
