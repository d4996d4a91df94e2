"""Odds of one in a large number (round 43, found writing packs blind): "one in a hundred thousand" and "1 in
100000" are the option "1 in 100,000", whose thousands are written with commas; a share below one per cent keeps its
figure ("0.001%", not "0%"), and "1 in 100,000" is never read as "1 in 100". Invented choice cards on a bridge's
risk of failure."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

CARD = Card(id="odds", section="s", kind="choice", prompt="What risk of failure did the builders claim?",
            answer="1 in 100,000", options=("1 in 100", "1 in 1,000", "1 in 100,000"))
LOW = Card(id="low", section="s", kind="choice", prompt="What risk did the inspectors give?",
           answer="1 in 100", options=("1 in 100", "1 in 1,000", "1 in 100,000"))
PACK = Pack(id="p", title="Bridge", language="en", cards=(CARD, LOW), sections=(Section("s", "Bridge", (
    "The inspectors put the risk of failure at 1 in 100; the builders claimed 1 in 100,000.")),))


@pytest.mark.parametrize(("card_id", "given", "right"), [
    ("odds", "one in a hundred thousand", True),
    ("odds", "one in 100000", True),
    ("odds", "1 in 100,000", True),
    ("odds", "c", True),
    ("odds", "one in a hundred", False),
    ("odds", "one in a thousand", False),
    ("odds", "1 in 10,000", False),
    ("low", "one in a hundred", True),
    ("low", "1 in 100", True),
    ("low", "one in a hundred thousand", False),
    ("low", "1 in 100,000", False),
])
def test_odds_written_with_thousands(card_id, given, right):
    verdict = Grader.for_pack(PACK).grade(PACK.card(card_id), given)
    assert bool(verdict.correct) is right, verdict.trace


ESTIMATES = Card(id="est", section="s", kind="explain", prompt="How did the two estimates differ?",
                 answer="The inspectors put it at about 1 in 100, the builders at about 1 in 100,000.",
                 keypoints=(Keypoint("the inspectors estimated about 1 in 100"),
                            Keypoint("the builders claimed about 1 in 100,000")))
BOTH = Pack(id="b", title="Bridge", language="en", cards=(ESTIMATES,), sections=PACK.sections)


@pytest.mark.parametrize(("given", "right"), [
    ("The inspectors put it at about 1 in 100, the builders at about 1 in 100,000.", True),
    ("the inspectors said 1 in 100 and the builders claimed one in a hundred thousand", True),
    ("The inspectors put it at about 1 in 100, the builders at about 1 in 1,000.", False),
    ("The inspectors put it at about 1 in 100, the builders at about 1 in 10,000.", False),
])
def test_odds_in_an_elliptical_clause(given, right):
    verdict = Grader.for_pack(BOTH).grade(ESTIMATES, given)
    assert bool(verdict.correct) is right, verdict.trace
