"""A known mistake is not made by a right answer that says its words the other way round: a long `mistakes`
pattern is matched as a phrase with a little slack, and must keep which way its comparison goes and who does what,
as a keypoint does (`grading.other_way`). The mistake said again in other words still fails the answer.

Invented cards: a balloon workshop's two brothers (no pack's text).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section

NOTES = ("In the workshop of the brothers Aurèle Delorme and Bastien Delorme, the elder brother Aurèle trained "
         "Bastien in grinding. Later Bastien flew the balloon that Aurèle had built.")


def explain(id_: str, point: str, pattern: str) -> Card:
    return Card(id=id_, section="s", kind="explain", prompt="Which way was it?", answer=point,
                keypoints=(Keypoint(point, ()),), mistakes=(Mistake((pattern,), "The other way round."),))


LIFT = explain("lift", "hydrogen gave more lift than hot air", "hot air gives more lift than hydrogen")
LENS = explain("lens", "the ground lens gave a sharper image than the cast lens",
               "the cast lens gave a sharper image than the ground lens")
GAS = Card(id="gas", section="s", kind="short", prompt="Which gave more lift, hydrogen or hot air?", answer="hydrogen",
           mistakes=(Mistake(("hot air gives more lift than hydrogen",), "Hydrogen is lighter."),))
TRAINED = explain("trained", "Aurèle trained Bastien", "Bastien trained his brother Aurèle")
PACK = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(LIFT, LENS, GAS, TRAINED))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card", "answer", "right"), [
    # a comparison: which of the two is ahead
    (LIFT, "hydrogen gave far more lift than hot air", True),
    (LIFT, "hydrogen gives more lift than hot air does", True),
    (LIFT, "hot air gave less lift than hydrogen", True),
    (LIFT, "hot air gives more lift than hydrogen", False),
    (LIFT, "hot air gave far more lift than hydrogen", False),
    (LIFT, "hydrogen gave less lift than hot air", False),  # the mistake said from its other side
    (GAS, "hydrogen, it gave far more lift than hot air", True),
    (GAS, "hydrogen gave far more lift than hot air", True),
    (GAS, "hot air gave more lift than hydrogen", False),
    # a compared word that is no direction ("sharper"): the sides alone
    (LENS, "the ground lens gave a far sharper image than the cast lens", True),
    (LENS, "the cast lens gave a sharper image than the ground lens", False),
    (LENS, "the cast lens gave a much sharper image than the ground lens", False),
    # who did what
    (TRAINED, "Aurèle trained his brother Bastien", True),
    (TRAINED, "Bastien was trained by his brother Aurèle", True),
    (TRAINED, "Bastien trained his brother Aurèle", False),
    (TRAINED, "his brother Aurèle was trained by Bastien", False),
])
def test_a_mistake_said_the_other_way_round(card, answer, right):
    assert GRADER.grade(card, answer).correct is right
