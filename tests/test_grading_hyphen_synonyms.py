"""A pack's synonym group may write one entry with a hyphen ("carbon-14") beside one-word entries ("C14",
"radiocarbon"): the hyphenated entry is two words, a phrase like "carbon 14", rewritten to the group's one-word
entry, so that a learner's "C14" makes a point worded "carbon-14" (issue #11, a pack's `synonyms`; from a blind
author's validate report, where the group was listed and "extra c14" still missed the point). A hyphenated phrase
keeps its forms ("marking up" for "mark-up"). Invented cards and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = "Cosmic rays make carbon-14 in the upper air. A committee marks up a bill line by line."
SYNONYMS = (("carbon-14", "radiocarbon", "C14", "14C", "carbon 14"), ("markup", "mark-up"))


def _right(card: Card, given: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(card,), language="en",
                synonyms=SYNONYMS)
    return Grader.for_pack(pack).grade(card, given).correct


MADE = Card(id="c", section="s", kind="explain", prompt="What do cosmic rays do?",
            answer="They make carbon-14 in the upper air.", keypoints=(Keypoint("make carbon-14"),))
MARKED = Card(id="m", section="s", kind="explain", prompt="What does the committee do with a bill?",
              answer="It holds a mark-up of the bill.", keypoints=(Keypoint("a mark-up of the bill"),))


@pytest.mark.parametrize(("card", "given", "right"), [
    (MADE, "they make C14", True),
    (MADE, "make c14 up there", True),
    (MADE, "they make radiocarbon", True),
    (MADE, "they make carbon 14", True),
    (MADE, "they make carbon-14", True),
    (MADE, "they make carbon-12", False),
    (MADE, "they destroy C14", False),
    (MARKED, "a markup of the bill", True),
    (MARKED, "a mark-up of the bill", True),
    (MARKED, "a hearing on the bill", False),
])
def test_a_hyphenated_entry_is_one_of_its_group(card: Card, given: str, right: bool) -> None:
    assert _right(card, given) is right
