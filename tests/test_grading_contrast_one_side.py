"""A clause after "but" that says a point by itself makes it, though a word of the point was said first on the other
side ("soaking the seeds in brine; but soaked seeds could rot" for "a soaked seed could rot"): the point is not
split across the contrast. A wording whose words only the two sides together say ("the stone was plentiful but
money was short" for "the stone was short") stays split (`contrasts.split_by_contrast`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

BRINE = Card(id="e", section="s", kind="explain", prompt="What was brining, and what was its drawback?",
             answer="soaking the seeds in salt water; a soaked seed could rot",
             keypoints=(Keypoint("soaking the seeds in salt water"),
                        Keypoint("a soaked seed could rot", ("they could rot",))))
SMELT = Card(id="e", section="s", kind="explain", prompt="What was cold-firing, and what was its risk?",
             answer="firing the kiln with wet wood; a fired kiln could crack",
             keypoints=(Keypoint("firing the kiln with wet wood"), Keypoint("a fired kiln could crack",
                                                                            ("it could crack",))))
CALVES = Card(id="e", section="s", kind="explain", prompt="What was calf-proofing, and what was its drawback?",
              answer="infecting calves on purpose with matter from a sick cow; a proofed calf could infect others",
              keypoints=(Keypoint("infecting calves on purpose with matter from a sick cow"),
                         Keypoint("a proofed calf could infect others", ("they could infect others",))))
STONE = Card(id="e", section="s", kind="explain", prompt="Why did the wall stop?", answer="the stone was short",
             keypoints=(Keypoint("the stone was short"),))

ROWS = [
    (BRINE, "soaking the seeds in salt water; but soaked seeds could rot", True),
    (BRINE, "soaking the seeds in salt water, but they could rot", True),
    (SMELT, "firing the kiln with wet wood; but a fired kiln could crack", True),
    (SMELT, "firing the kiln with wet wood, but then it could crack", True),
    (CALVES, "infecting calves on purpose with matter from a sick cow; but they could infect others", True),
    (CALVES, "infecting calves on purpose with matter from a sick cow, but they could infect others", True),
    (CALVES, "infecting calves on purpose with matter from a sick cow, but proofed calves could infect others", True),
    # the point's words only on the two sides together
    (STONE, "the stone was plentiful but money was short", False),
    (STONE, "there was stone enough, but the lime was short", False),
    (BRINE, "soaking the seeds in salt water, but the seeds never rotted", False),
    (CALVES, "infecting calves on purpose with matter from a sick cow, but they could not infect others", False),
]


def _grader(card: Card) -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Notes",
                                                                                       notes="x"),)))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_point_after_but(card: Card, given: str, right: bool) -> None:
    assert _grader(card).grade(card, given).correct is right
