"""Two opposite words of a point exchanged across its verb: "warm water above pressed the cold water down" is not
made by "cold water above pressed the warm water down"; the point's own order and a passive keep it
(`opposites_swapped`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.opposites_swapped import opposites_swapped

from .cards import explain

EN = Grader(language="en")
CARD = explain("warm water above pressed the cold water down", prompt="Why did the lake not turn over in May?")


@pytest.mark.parametrize(("answer", "right"), [
    ("warm water above pressed the cold water down", True),
    ("the warm water on top pressed the cold water down", True),
    ("cold water above pressed the warm water down", False),
    ("the cold water on top pressed down the warm water", False),
])
def test_opposites_exchanged_across_the_verb(answer, right):
    assert EN.grade(CARD, answer).correct is right


def test_a_passive_is_left_alone():
    point = EN.prep("warm water above pressed the cold water down")
    got = EN.prep("the cold water was pressed down by the warm water above")
    assert not opposites_swapped(point, got, tuple(range(len(got.words))))
