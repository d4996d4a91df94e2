"""English phrasal verbs of two meanings read as their one verb in the frame of one meaning (`en_phrasal_frames`, issue
#11): "gave up the mill" is "abandoned the mill", "ran away" "fled", "put off the fair" "postponed the fair",
"pulled back" "withdrew"; "gave up baking", "ran away with the silver", "was put off by the smell", "pulled back the
shutter" stay as said. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.en_phrasal_frames import phrasal_in_frames
from studybot.core.grading import Grader
from tests.cards import one_point

MILL = one_point("the weavers abandoned the old mill", "What did the weavers do after the flood?")
FLED = one_point("the apprentices fled to the hills", "What did the apprentices do?")
FAIR = one_point("the guild postponed the autumn fair", "What did the guild do about the fair?")
BACK = one_point("the pikemen withdrew from the ford", "What did the pikemen do?")

ROWS = [
    (MILL, "the weavers gave up the old mill", True),
    (MILL, "the weavers gave up on the old mill", True),
    (MILL, "they gave it up, the old mill", True),
    (MILL, "the weavers kept the old mill", False),
    (MILL, "the weavers did not give up the old mill", False),  # denied
    (FLED, "the apprentices ran away to the hills", True),
    (FLED, "the apprentices stayed in the hills", False),
    (FAIR, "the guild put off the autumn fair", True),
    (FAIR, "the guild cancelled the autumn fair", False),
    (BACK, "the pikemen pulled back from the ford", True),
    (BACK, "the pikemen held the ford", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_phrasal_verb_read_in_its_frame(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(preparing, "phrasal_in_frames", lambda text: text)
    assert not Grader().grade(card, given).correct


@pytest.mark.parametrize(("text", "read"), [
    ("they gave up the boat", "they abandoned the boat"),
    ("she gives up her claim", "she abandons her claim"),
    ("he gave up power", "he abandoned power"),
    ("they gave them up", "they abandoned them"),
    ("they gave up baking", "they gave up baking"),  # ceasing: `phrases.rewrite_negatives`
    ("the rebels gave up and went home", "the rebels gave up and went home"),  # surrendering
    ("the boys ran away", "the boys fled"),
    ("the clerk ran away with the silver", "the clerk ran away with the silver"),  # taking it
    ("they keep running away from school", "they keep fleeing from school"),
    ("the reaction can run away", "the reaction can run away"),  # out of control
    ("they put off the fair", "they postponed the fair"),
    ("they keep putting off paying", "they keep postponing paying"),
    ("they put it off", "they postponed it"),
    ("the smell put them off", "the smell put them off"),  # deterring
    ("he was put off by the smell", "he was put off by the smell"),
    ("the troops pulled back", "the troops withdrew"),
    ("the rods were pulled out", "the rods were withdrawn"),
    ("the lenders pulled out", "the lenders withdrew"),
    ("the lenders pulled out of the deal", "the lenders pulled out of the deal"),
    ("she pulled back the shutter", "she pulled back the shutter"),  # a thing moved
    ("the dentist pulled out a tooth", "the dentist pulled out a tooth"),
])
def test_the_reading(text, read):
    assert phrasal_in_frames(text) == read
