"""More of a thing said as an extra amount (issue #11, answers in learners' own words): "the kiln made extra lime" is
made by "the kiln made more lime" and "additional lime", and "the kiln made more lime" by "extra lime"; "less lime",
"fewer bricks" and another thing stay wrong, and "the kiln made lime" still makes "extra lime" as it did (a second
reading of the answer, `grading.extra_amounts`). And pay compared with "get": "the carters got paid more" makes "the
carters' wages rose" as "were paid more" does ("get paid" alone stays "receive"). Invented cards (a lime kiln, a
brickworks, carters)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
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
    (EXTRA, "the kiln made lime", True),
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


@pytest.mark.parametrize(("card", "given"), [(EXTRA, "the kiln made more lime"), (MORE, "the kiln made extra lime"),
                                             (MORE, "it made an additional amount of lime"),
                                             (LANE, "they built more furnaces")])
def test_without_the_reading_these_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "extra_as_more", lambda *args: None)
    assert not Grader().grade(card, given).correct


def test_the_reading():
    assert PHRASES["got paid more"] == "were paid more" and PHRASES["got paid"] == "received"
