"""A correction said with "and not" or "but not" (issue #11): "16 hours and not 16 minutes" asserts 16 hours, as
"16 hours, not 16 minutes" does, and "the lighthouse but not the mill" chooses the lighthouse; turned round, it
asserts the other. Cards of one answer (short, numeric, choice) on invented subjects; each row says what a teacher
would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import numeric, short

CROSSING = numeric(16, "hours", "about 16 hours", prompt="How long did the crossing take?")
KEEPER = short("Tomas Brenner", prompt="Who kept the lighthouse?")
TOWER = Card(id="q", section="s", kind="choice", prompt="Which tower was built first?",
             options=("the lighthouse", "the mill", "the bell tower"), answer="the lighthouse")

ROWS = [
    (CROSSING, "16 hours and not 16 minutes", True),
    (CROSSING, "16 hours but not 16 minutes", True),
    (CROSSING, "16 hours, and not 16 minutes", True),
    (CROSSING, "16 minutes and not 16 hours", False),
    (CROSSING, "16 minutes but not 16 hours", False),
    (KEEPER, "Tomas Brenner and not his brother", True),
    (KEEPER, "his brother and not Tomas Brenner", False),
    (TOWER, "the lighthouse and not the mill", True),
    (TOWER, "the lighthouse but not the bell tower", True),
    (TOWER, "the mill and not the lighthouse", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_correction_said_with_and_not(card, given, right):
    assert Grader().grade(card, given).correct is right
