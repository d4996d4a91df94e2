"""Who acted on whom when the acting side is owned by a name (round 43, found writing packs blind): for the point
"Ostrel's directors overruled the surveyors", "the surveyors overruled the directors" (or "... Ostrel's directors")
has the two the other way round and misses it, as it does for "the directors overruled the surveyors"; the point
said in its own order, or in the passive, still makes it. Invented notes of a dam board."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

PROMPT = "Why did Ostrel reverse its advice?"
CARD = Card(id="c", section="s", kind="explain", prompt=PROMPT, answer="Ostrel's directors overruled the surveyors.",
            keypoints=(Keypoint("the board pressured Ostrel"), Keypoint("Ostrel's directors overruled the surveyors")))
PACK = Pack(id="p", title="Dam", language="en", cards=(CARD,), sections=(Section("s", "Dam", (
    "The board pressured Ostrel. Ostrel's directors overruled the surveyors and voted to open the sluice.")),))


@pytest.mark.parametrize(("given", "right"), [
    ("the directors overruled the surveyors after pressure from the board", True),
    ("Ostrel's directors overruled the surveyors after pressure from the board", True),
    ("the surveyors were overruled by the directors after pressure from the board", True),
    ("the surveyors overruled the directors after pressure from the board", False),
    ("the surveyors overruled Ostrel's directors after pressure from the board", False),
    ("the directors were overruled by the surveyors after pressure from the board", False),
])
def test_an_owned_party_keeps_its_role(given, right):
    verdict = Grader.for_pack(PACK).grade(CARD, given)
    assert bool(verdict.correct) is right, verdict.trace
