"""A word an answer says twice, once for each of two points, in clauses that each open with a label ("нагревается -
шар больше, охлаждается - шар меньше"): the second point, found first at its label, takes the place of the word in
or after that label's clauses, not the first place of the word (whose clause says the other point). Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import explain

EN, RU = Grader(language="en"), Grader(language="ru")

BALL_RU = explain("при нагреве шар больше", "при охлаждении шар меньше")
BALL_EN = explain("when heated the ball gets bigger", "when cooled the ball gets smaller")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, BALL_RU, "нагревается - шар больше, охлаждается - шар меньше", True),
    (RU, BALL_RU, "нагревается - шар становится больше, охлаждается - шар становится меньше", True),
    (RU, BALL_RU, "при нагреве шар больше, при охлаждении шар меньше", True),
    (RU, BALL_RU, "нагревается - шар меньше, охлаждается - шар больше", False),
    (EN, BALL_EN, "heated - the ball gets bigger, cooled - the ball gets smaller", True),
    (EN, BALL_EN, "heated: the ball gets bigger; cooled: the ball gets smaller", True),
])
def test_word_said_twice(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
