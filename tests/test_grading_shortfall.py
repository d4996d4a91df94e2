"""Too little of a thing said in the usual other ways: "food ran short", "supplies are running low" are food, supplies
becoming scarce (`lexicon_phrasal.BECOMING_HOT`); "there was not enough grain", "they didn't have enough grain", "too
little grain" are a shortage of grain (`grading.shortage`). Not "not warm enough", "not enough to win", "enough
grain", nor a shortage of another thing. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

GRAIN = Card(id="grain", section="s", kind="explain", prompt="Why did the garrison surrender?",
             answer="Grain became scarce during the siege.",
             keypoints=(Keypoint("grain became scarce during the siege", ()),), need=1)
HAY = Card(id="hay", section="s", kind="explain", prompt="Why were the horses sold in March?",
           answer="There was a shortage of hay.", keypoints=(Keypoint("a shortage of hay", ()),), need=1)

ROWS = [
    (GRAIN, "grain ran short during the siege", True),
    (GRAIN, "during the siege the grain was running low", True),
    (GRAIN, "they ran short of grain during the siege", True),
    (GRAIN, "grain did not run short during the siege", False),
    (GRAIN, "the water ran short during the siege", False),
    (GRAIN, "grain ran out of the stores during the siege", False),
    (HAY, "there was not enough hay", True),
    (HAY, "they didn't have enough hay", True),
    (HAY, "there was too little hay for them", True),
    (HAY, "there was enough hay", False),
    (HAY, "there was not enough straw", False),
    (HAY, "the hay was not dry enough", False),
    (HAY, "there was not enough to buy hay", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_too_little_said_otherwise(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
