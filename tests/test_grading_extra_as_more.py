"""More of a thing said as an extra amount (issue #11, answers in learners' own words): "the kiln made extra lime" is
made by "the kiln made more lime" and "additional lime", and "the kiln made more lime" by "extra lime"; "less lime",
"fewer bricks" and another thing stay wrong. And pay compared with "get": "the carters got paid more" makes "the
carters' wages rose" as "were paid more" does ("get paid" alone stays "receive"). Invented cards (a lime kiln, a
brickworks, carters)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon import PHRASES
from tests.cards import one_point

EXTRA = one_point("the kiln made extra lime", "What did the new kiln do?")
MORE = one_point("the kiln made more lime", "What did the new kiln do?")
LANE = one_point("an additional furnace was built", "How did the brickworks grow?")
WAGES = one_point("the carters' wages rose", "What did the toll change for the carters?")
GRAIN = one_point("the carters received grain", "How were the carters paid?")
EN = Grader()


@pytest.mark.parametrize(("card", "given", "right"), [
    (EXTRA, "the kiln made more lime", True),
    (EXTRA, "the kiln made additional lime", True),
    (EXTRA, "the kiln made less lime", False),
    (EXTRA, "the kiln made more chalk", False),
    (MORE, "the kiln made extra lime", True),
    (MORE, "it made an additional amount of lime", True),
    (MORE, "the kiln made less lime", False),
    (LANE, "they built an extra furnace", True),
    (LANE, "they built more furnaces", True),
    (LANE, "they built fewer furnaces", False),
    (WAGES, "the carters got paid more", True),
    (WAGES, "the carters got paid less", False),
    (GRAIN, "the carters got paid in grain", True),
])
def test_extra_is_more(card, given, right):
    assert EN.grade(card, given).correct is right


def test_the_reading():
    assert PHRASES["extra"] == PHRASES["an additional"] == "more"
    assert PHRASES["got paid more"] == "were paid more" and PHRASES["got paid"] == "received"
