"""A point made by an accepted wording that leaves its doer out ("pension" for "Joseph received a pension") is not
made by an answer that gives it to the doer of another of the card's points ("Étienne got a pension", Étienne's
point being "Étienne received the Order of Saint Michael"): `grading.doers_taken`. The wording alone, or with its
own doer, still makes it.

Invented cards (two brothers of an invented workshop).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = "The king gave the brothers Joseph and Étienne their rewards; copper and iron went to the furnace."
REWARDS = Card(id="r", section="s", kind="explain", prompt="What rewards did the brothers receive?",
               answer="Joseph received a pension and Étienne the Order of Saint Michael.",
               keypoints=(Keypoint("Joseph received a pension", ("pension",)),
                          Keypoint("Étienne received the Order of Saint Michael", ("Order of Saint Michael",))),
               need=1)
METALS = Card(id="m", section="s", kind="list", prompt="What did each metal do in the furnace?",
              answer="Copper conducted the heat; iron held the door.",
              keypoints=(Keypoint("Copper conducted the heat", ("conducted the heat",)),
                         Keypoint("Iron held the door", ("held the door",))), need=1)
PACK = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(REWARDS, METALS))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card", "answer", "right"), [
    (REWARDS, "a pension", True),
    (REWARDS, "Joseph got a pension", True),
    (REWARDS, "the Order of Saint Michael", True),
    (REWARDS, "Étienne got the Order of Saint Michael", True),
    (REWARDS, "Joseph got a pension and Étienne the Order of Saint Michael", True),
    (REWARDS, "Étienne got a pension", False),
    (REWARDS, "Étienne was awarded a pension", False),
    (REWARDS, "Joseph got the Order of Saint Michael", False),
    (REWARDS, "Étienne got a pension and Joseph the Order of Saint Michael", False),
    (METALS, "copper conducted the heat", True),
    (METALS, "it conducted the heat", True),
    (METALS, "iron conducted the heat", False),
    (METALS, "copper held the door", False),
])
def test_a_point_given_to_another_points_doer(card, answer, right):
    assert GRADER.grade(card, answer).correct is right
