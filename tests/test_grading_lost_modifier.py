"""A point that says a thing was lost ("the guild lost influence") says there is less of it: an answer that names the
thing with no verb of losing makes it only where it says that thing fell ("the guild's influence declined"), never
where it grew or where the thing is only named (README: "trust grew" makes no point "it destroyed trust"). Invented
subjects (a guild, a bishop, a harbour board)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What followed the reform?", answer=text,
                keypoints=(Keypoint(text, ()),), need=1)


@pytest.mark.parametrize(("said", "given", "right"), [
    # the thing's fall said in place of the verb of losing
    ("the guild lost influence", "the guild's influence declined", True),
    ("the guild lost influence", "the guild's influence was weakened", True),
    ("the bishop lost authority", "the bishop's authority fell", True),
    ("the bishop lost authority", "the bishop lost his authority", True),
    # its rise, or the thing only named
    ("the guild lost influence", "the guild's influence rose", False),
    ("the guild lost influence", "the guild's influence grew", False),
    ("the bishop lost authority", "the bishop's authority increased", False),
    ("the bishop lost authority", "the bishop's authority", False),
    ("the harbour board destroyed trust", "the harbour board's trust grew", False),
])
def test_a_thing_lost_is_less_of_it(said: str, given: str, right: bool) -> None:
    assert EN.grade(point(said), given).correct is right
