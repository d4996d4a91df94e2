"""A point of a light verb and its noun made by the noun alone (`light_nouns`): "hearings and a decision" make "holds
hearings" and "makes a decision", as a list names things; another verb said before the noun ("refused a decision",
"took evidence" for "gives evidence") is another act and stays wrong, and so does the noun denied. Cards on an invented
subject (a guild council and its petitions)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

EN = Grader()

COUNCIL = explain("holds hearings", "makes a decision", "gives evidence to the mayor", need=2,
                  prompt="Name two things the guild council does with a petition.")

ROWS = [
    ("hearings and a decision", True),
    ("a decision, and evidence to the mayor", True),
    ("it holds hearings and makes a decision", True),
    ("hearings", False),  # one of two
    ("it refuses hearings and postpones a decision", False),  # other verbs, other acts
    ("it takes evidence from the mayor and refuses a decision", False),
    ("no hearings and no decision", False),
]

# a noun WordNet does not know, with no verb's ending ("markup"), is a noun too
REVIEW = explain("holds a markup", "holds hearings", need=2, prompt="What does the guild committee do with a bill?")


@pytest.mark.parametrize(("given", "right"), ROWS)
def test_a_light_verb_point_made_by_its_noun(given: str, right: bool) -> None:
    verdict = EN.grade(COUNCIL, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "right"), [("hearings and markup", True), ("hearings and marked", False)])
def test_a_noun_wordnet_does_not_know(given: str, right: bool) -> None:
    assert EN.grade(REVIEW, given).correct is right, EN.grade(REVIEW, given).trace
