"""A change said by a verb of becoming before a word of direction ("the tolls became higher", "rents got lower") is
made by the verb of that direction ("the tolls rose", "went up"), as the lexicon's directions say it; the other
direction, a level with no change, the thing alone and a denial stay wrong. Invented subjects (a bridge's tolls, a
mill's rents)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What followed the new bridge?", answer=text,
                keypoints=(Keypoint(text, ()),), need=1)


@pytest.mark.parametrize(("said", "given", "right"), [
    ("the tolls became higher", "the tolls rose", True),
    ("the tolls became higher", "the tolls went up", True),
    ("the tolls became higher", "the tolls increased", True),
    ("the mill's rents got lower", "the mill's rents fell", True),
    ("the mill's rents got lower", "the mill's rents came down", True),
    ("the mill's rents became lower", "the mill's rents decreased", True),
    # the other direction, a level with no change, the thing alone, a denial
    ("the tolls became higher", "the tolls fell", False),
    ("the tolls became higher", "the tolls became lower", False),
    ("the tolls became higher", "the tolls were high", False),
    ("the tolls became higher", "the tolls", False),
    ("the tolls became higher", "the tolls did not rise", False),
    ("the mill's rents got lower", "the mill's rents rose", False),
    ("the mill's rents got lower", "the mill's rents were low", False),
])
def test_becoming_said_by_the_change(said: str, given: str, right: bool) -> None:
    assert EN.grade(point(said), given).correct is right
