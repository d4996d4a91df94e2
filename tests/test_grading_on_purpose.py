"""A manner said in a phrase (`lexicon_phrasal.ON_PURPOSE`): "on purpose" is "deliberately" (and so, by WordNet,
"intentionally"), "by accident" and "by mistake" are "accidentally". The other manner stays wrong. Invented
subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain


@pytest.mark.parametrize(("point", "answer", "right"), [
    ("the cargo was thrown overboard deliberately", "the cargo was thrown overboard on purpose", True),
    ("the cargo was thrown overboard intentionally", "the cargo was thrown overboard on purpose", True),
    ("the fire was started accidentally", "the fire was started by accident", True),
    ("the fire was started accidentally", "the fire was started by mistake", True),
    ("the cargo was thrown overboard deliberately", "the cargo was thrown overboard by accident", False),
    ("the fire was started accidentally", "the fire was started on purpose", False),
])
def test_a_manner_said_in_a_phrase(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
