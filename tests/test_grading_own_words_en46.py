"""English answers in a learner's own words, round 46 (issue #11). Invented cards (no pack's words).

A goal or a source given to another of the point's things is a swap only inside one clause of the answer
(`roles._goal_moved`): "repeated loading tired the steel, so cracks grew from the joints" says where the cracks grew
from, and nothing of where the loading came from; "the coast carried salt to the barges" stays the wrong way round.

A deed done with no pause said in a phrase is "continuously" (`lexicon_phrasal.SAID_IN_ONE`): "all the time", "round the
clock", "without stopping", "without a break", "nonstop", and "constantly" too; "now and then", a stop said so and a
denial stay wrong."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.grading import Grader
from tests.cards import explain, short

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


# (point, answer, right)
CONTINUOUS = [
    ("the pumps ran continuously", "the pumps ran all the time", True),
    ("the pumps ran continuously", "the pumps ran round the clock", True),
    ("the pumps ran continuously", "the pumps ran without stopping", True),
    ("the pumps ran continuously", "the pumps ran constantly", True),
    ("the guards patrolled constantly", "the guards patrolled all the time", True),
    ("the beacon was lit continuously", "the beacon burned without a break", True),
    ("the lamp burned continuously", "the lamp burned nonstop", True),
    ("the lamp burned continuously", "the lamp burned non-stop", True),
    ("the pumps ran continuously", "the pumps ran now and then", False),
    ("the pumps ran continuously", "the pumps stopped all the time", False),
    ("the pumps ran continuously", "the pumps did not run all the time", False),
]


@pytest.mark.parametrize(("point", "given", "right"), CONTINUOUS)
def test_no_pause_said_in_a_phrase_is_continuously(point, given, right):
    assert Grader().grade(explain(point, prompt="What happened?"), given).correct is right


@pytest.mark.parametrize(("point", "given"), [(p, g) for p, g, right in CONTINUOUS if right])
def test_without_the_reading_no_pause_is_not_met(point, given, monkeypatch):
    monkeypatch.setattr(preparing, "_IN_ONE_CUE", preparing.re.compile(r"(?!)"))
    assert not Grader().grade(explain(point, prompt="What happened?"), given).correct
