"""A shortfall said by a noun ("a shortage of", "a scarcity of") is the shortfall "too few" and "not enough" say,
a rule of English, on made-up cards of no pack. Before, "a shortage of skilled masons" had no negation while "not
enough" had one, so "negation disagrees" failed fair answers. ("a lack of" stays "no": "a lack of grain" is "there
was no grain", and so does not meet "a shortage of".)"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
MASONS = Card(id="c", section="s", kind="short", prompt="What held up the building of the bridge?",
              answer="A shortage of skilled masons")
WATER = Card(id="w", section="s", kind="short", prompt="Why did the mill stop in summer?",
             answer="Not enough water in the stream")


@pytest.mark.parametrize(("card", "given", "right"), [
    (MASONS, "too few skilled masons", True),
    (MASONS, "not enough skilled masons", True),
    (MASONS, "a scarcity of skilled masons", True),
    (WATER, "a shortage of water in the stream", True),
    # still wrong: the other way, another thing short
    (MASONS, "a surplus of skilled masons", False),
    (MASONS, "too many skilled masons", False),
    (MASONS, "a shortage of stone", False),
    (WATER, "too much water in the stream", False),
])
def test_a_shortfall_said_by_a_noun(card, given, right):
    assert EN.grade(card, given).correct is right
