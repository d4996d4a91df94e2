"""Own words for a point's verb of becoming or of giving back: a verb made of an adjective by "-en" said as making or
becoming so by the comparative ("the lane was made wider" for "the lane was widened"), its participle before a noun
said as the adjective ("weakened defences" for "weak defences"), and "send back", "give back" for "return", "back
out of" for "withdraw from"; their opposites stay wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def explain(*points: str) -> Card:
    return Card(id="c", section="s", kind="explain", prompt="What happened, and why?", answer=". ".join(points),
                keypoints=[Keypoint(p) for p in points])


ROWS = [  # (point, answer, right)
    ("the old towpath was widened and deepened", "the old towpath was made deeper and wider", True),
    ("the old towpath was widened and deepened", "they made the old towpath deeper, wider", True),
    ("the old towpath was widened", "the old towpath was made deeper", False),
    ("the old towpath was widened and deepened", "the old towpath was made narrower and shallower", False),
    ("the mooring posts were shortened", "the mooring posts got shorter", True),
    ("the mooring posts were shortened", "the mooring posts got longer", False),
    ("the glaze was darkened", "the glaze was made darker", True),
    ("the glaze was darkened", "the glaze was made lighter", False),
    ("lambs with weak legs", "lambs with weakened legs", True),
    ("lambs with weak legs", "lambs with strengthened legs", False),
    ("the hard crust protects the loaf", "the hardened crust protects the loaf", True),
    ("the hard crust protects the loaf", "the softened crust protects the loaf", False),
    ("the petition was never returned to the mayor", "the petition was never sent back to the mayor", True),
    ("the petition was never returned to the mayor", "the clerk never sent the petition back to the mayor", True),
    ("the miller returned the sacks", "the miller gave the sacks back", True),
    ("the miller returned the sacks", "the miller kept the sacks", False),
    ("the guild withdrew from the bargain", "the guild backed out of the bargain", True),
    ("the cells pump the salt out", "the cells pump the salt back out", True),  # "back" an adverb: no withdrawing
]


@pytest.mark.parametrize(("point", "answer", "right"), ROWS)
def test_becoming_and_returning(point, answer, right):
    assert Grader(language="en").grade(explain(point), answer).correct is right
