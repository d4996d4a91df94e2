"""Bringing a building down said with a phrasal verb is demolishing it: "pulled down", "knocked down", "tore down",
the object before the particle too ("tore the sheds down"; `lexicon_phrasal._DEMOLISHING`). Not another deed, and
not the deed denied. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

SHEDS = Card(id="sheds", section="s", kind="explain", prompt="How did the villagers stop the flood reaching the mill?",
             answer="They pulled down the sheds and built a wall of their timber.",
             keypoints=(Keypoint("pulled down the sheds", ()), Keypoint("built a wall", ())), need=2)
TOWER = Card(id="tower", section="s", kind="explain", prompt="What did the council do with the old tower?",
             answer="The council demolished the old tower.",
             keypoints=(Keypoint("demolished the old tower", ()),), need=1)

ROWS = [
    (SHEDS, "they demolished the sheds and built a wall", True),
    (SHEDS, "they knocked down the sheds and built a wall", True),
    (SHEDS, "they tore the sheds down and built a wall", True),
    (SHEDS, "they repaired the sheds and built a wall", False),
    (SHEDS, "they did not demolish the sheds but built a wall", False),
    (TOWER, "the council pulled the old tower down", True),
    (TOWER, "they tore down the old tower", True),
    (TOWER, "the council did not pull down the old tower", False),
    (TOWER, "the council rebuilt the old tower", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_pulled_down_is_demolished(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
