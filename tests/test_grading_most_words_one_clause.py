"""A point made by most of its words (`_mostly`), in an answer that says its thing twice, once in each of two clauses
("when heated the ball gets bigger, when cooled the ball gets smaller"): a word said twice is taken in the clause of
the point's words said once ("cooled"), and a word of direction said only in the other clause makes nothing there
("when heated the ball gets smaller, when cooled the ball gets bigger" turns both points round). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

EN = Grader(language="en")

BALL = explain("when heated the ball gets bigger", "when cooled the ball gets smaller")


@pytest.mark.parametrize(("given", "right"), [
    ("when heated the ball gets bigger, when cooled the ball gets smaller", True),
    ("when cooled the ball gets smaller, when heated the ball gets bigger", True),
    ("the ball gets bigger when heated and smaller when cooled", True),
    ("when heated the ball gets smaller, when cooled the ball gets bigger", False),
    ("when cooled the ball gets bigger, when heated the ball gets smaller", False),
])
def test_most_words_in_one_clause(given: str, right: bool) -> None:
    assert EN.grade(BALL, given).correct is right, EN.grade(BALL, given).trace
