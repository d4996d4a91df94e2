"""A change of level said with a verb of motion and its particle ("went up", "came down", "shot up") is the one verb
of that direction ("rose", "fell", "soared"): it meets the lexicon's directions and their synonyms both ways, and the
other direction stays wrong; and "drift apart", "pull apart" are "move apart". Invented subjects (a guild's dues, a
mill's rents, a ferry's fares, two shoals)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened after the flood?", answer=text,
                keypoints=(Keypoint(text, ()),), need=1)


@pytest.mark.parametrize(("said", "given", "right"), [
    # the point says it with the phrasal verb, the answer with one verb or a noun of change
    ("the guild's dues went up", "the guild's dues increased", True),
    ("the guild's dues went up", "the guild's dues rose", True),
    ("the guild's dues went up", "the guild's dues were higher", True),
    ("the guild's dues went up", "there was a rise in the guild's dues", True),
    ("the mill's rents went down", "the mill's rents decreased", True),
    ("the mill's rents came down", "the mill's rents fell", True),
    ("ferry fares shot up", "ferry fares soared", True),
    # and the other way round
    ("the guild's dues increased", "the guild's dues went up", True),
    ("the mill's rents fell", "the mill's rents came down", True),
    # the other direction, a denial
    ("the guild's dues went up", "the guild's dues decreased", False),
    ("the guild's dues went up", "the guild's dues went down", False),
    ("the guild's dues went up", "there was a fall in the guild's dues", False),
    ("the mill's rents came down", "the mill's rents increased", False),
    ("the mill's rents fell", "the mill's rents went up", False),
    ("ferry fares shot up", "ferry fares came down", False),
    ("the guild's dues went up", "the guild's dues did not go up", False),
    # a movement away from each other said with a verb of drifting or pulling
    ("the two shoals move apart", "the two shoals drift apart", True),
    ("the two shoals move apart", "the two shoals pulled apart", True),
    ("the two shoals drift apart", "the two shoals move apart", True),
    ("the two shoals move apart", "the two shoals drift together", False),
    ("the two shoals move apart", "the two shoals do not drift apart", False),
])
def test_level_said_with_a_verb_of_motion(said: str, given: str, right: bool) -> None:
    assert EN.grade(point(said), given).correct is right
