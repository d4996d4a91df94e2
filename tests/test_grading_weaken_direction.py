"""Weakening and strengthening are directions, as declining and growing are: "the guild declined" is made by "the
guild weakened", and "the guild grew" by "the guild strengthened"; either said for the other is the wrong
direction. Invented subjects (`lexicon.UP`, `lexicon.DOWN`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point

DECLINED = one_point("the power of the guild declined", "What happened to the guild after the plague?")
GREW = one_point("the power of the guild grew", "What happened to the guild after the war?")

ROWS = [
    (DECLINED, "the power of the guild weakened", True),
    (DECLINED, "the guild's power weakens", True),
    (DECLINED, "the power of the guild strengthened", False),
    (GREW, "the power of the guild strengthened", True),
    (GREW, "the power of the guild weakened", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_weakening_is_a_decline_and_strengthening_a_rise(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
