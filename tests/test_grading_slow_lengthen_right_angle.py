"""Three ways of saying a change or a shape in other words (English, `lexicon_phrasal`): "slows down" is "slows"
(its "down" is no fall of its own, which before made an accepted "the wheel slows" fail against a point of a rise,
"the journey grows longer"); "lengthen" is becoming long, as "widen" is becoming wide ("the nights lengthen" makes
"the nights grow longer", "the nights shorten" does not); and a right angle said in words or degrees ("at right
angles", "at a right angle", "at 90 degrees") is "perpendicular". Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.packs import Card, Keypoint
from tests.cards import explain, one_point

JOURNEY = Card(id="e", section="s", kind="explain", prompt="What does the worn axle do?", answer="",
               keypoints=(Keypoint("the journey grows longer", ("the wheel slows",)),))
NIGHTS = one_point("the nights grow longer", "What happens in the autumn at Harrow?")
BEAMS = one_point("the two beams meet at right angles", "How are the beams of the loft joined?")
ROADS = explain("the roads cross at right angles", prompt="How are the roads of the new town laid out?")

ROWS = [
    (JOURNEY, "the wheel slows down", True),
    (JOURNEY, "the wheel slows", True),
    (JOURNEY, "the wheel speeds up", False),
    (JOURNEY, "the journey gets shorter", False),
    (NIGHTS, "the nights lengthen", True),
    (NIGHTS, "the nights lengthened", True),
    (NIGHTS, "the nights shorten", False),
    (NIGHTS, "the nights do not lengthen", False),
    (BEAMS, "the two beams meet at 90 degrees", True),
    (BEAMS, "the two beams meet at a right angle", True),
    (BEAMS, "the two beams are perpendicular where they meet", True),
    (BEAMS, "the two beams meet at 45 degrees", False),
    (BEAMS, "the two beams meet in a line", False),
    (ROADS, "the roads cross at ninety degrees", True),
    (ROADS, "the roads do not cross at right angles", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_said_in_other_words(card, answer, right):
    from studybot.core.grading import grade

    assert grade(card, answer).correct is right, answer
