"""A known mistake written as a right answer's words turned round ("it fell behind until 1840, then ran ahead" beside
"it ran ahead until 1840, then fell behind") is a wrong order the instructor names: it fails the answers that say it
in its order and never the right answer, whose words are the same (issue #11: a matching mistake always fails the
answer). Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake

DRIFT = Card(id="d", section="s", kind="explain", prompt="How did the comet's motion differ from the prediction?",
             answer="It ran ahead until 1840, then fell behind.",
             keypoints=(Keypoint("it ran ahead until 1840", ()), Keypoint("then it fell behind", ())),
             mistakes=(Mistake(("it fell behind until 1840, then ran ahead",), "The other way round."),))
BELLS = Card(id="b", section="s", kind="short", prompt="What happened to the bells?",
             answer="they were melted down and then recast", accept=("melted, then recast",),
             mistakes=(Mistake(("recast and then melted down",), "The other way round."),))

ROWS = [
    (DRIFT, "it fell behind until 1840, then ran ahead", False),
    (DRIFT, "it fell behind until 1840 and then ran ahead", False),
    (DRIFT, "it ran ahead until 1840, then fell behind", True),
    (DRIFT, "until 1840 it ran ahead and then it fell behind", True),
    (BELLS, "they were melted down and then recast", True),
    (BELLS, "they were recast and then melted down", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_mistake_turned_round_fails_its_order_only(card, given, right):
    assert Grader().grade(card, given).correct is right
