"""English answers in a learner's own words, round 46 (issue #11). Invented cards (no pack's words).

A goal or a source given to another of the point's things is a swap only inside one clause of the answer
(`roles._goal_moved`): "repeated loading tired the steel, so cracks grew from the joints" says where the cracks grew
from, and nothing of where the loading came from; "the coast carried salt to the barges" stays the wrong way round.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

JOINTS = short("metal fatigue", "cracks at the joints from repeated loading", prompt="What caused the failures?")
BARGES = short("the barges carried salt to the coast", prompt="What happened?")

# (card, answer, right)
CLAUSES = [
    (JOINTS, "repeated loading tired the steel, so cracks grew from the joints", True),
    (JOINTS, "repeated loading tired the steel so cracks grew from the joints", True),
    (BARGES, "the salt was loaded, and then the coast carried it to the barges", False),
    (BARGES, "in spring the coast carried salt to the barges", False),
]


@pytest.mark.parametrize(("card", "given", "right"), CLAUSES)
def test_a_goal_is_moved_only_inside_one_clause(card, given, right):
    assert Grader().grade(card, given).correct is right

