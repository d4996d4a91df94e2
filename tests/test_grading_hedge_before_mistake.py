"""An answer offering two figures ("3 or 4 times") fails as a hedge, and its feedback does not tell the story of a
known mistake that one of the figures happens to match ("Three is the number of weeks between the visits ...");
the known mistake alone still earns its feedback. Invented card."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section
from studybot.core.packs.model import NumberSpec

STORY = "Three is how many weeks the ferry was laid up; it sailed five times."
CARD = Card(id="n", section="s", kind="numeric", prompt="How many times did the ferry sail to the island?",
            answer="five times", number=NumberSpec(5, "times"), mistakes=(Mistake(("three",), STORY),))


@pytest.mark.parametrize(("answer", "right", "told_story"), [
    ("three", False, True),
    ("3 times", False, True),
    ("3 or 4 times", False, False),
    ("three or four", False, False),
    ("between 3 and 4", False, False),
    ("five", True, False),
])
def test_a_hedge_is_not_told_a_mistakes_story(answer, right, told_story):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(CARD,))
    verdict = Grader.for_pack(pack).grade(CARD, answer)
    assert verdict.correct is right
    assert (verdict.feedback == STORY) is told_story, verdict.feedback
