"""A short answer that says with "less", or by the comparative of its opposite, a quality the card's answer says
plainly says the opposite quality, as a keypoint's does (`grading.degree_flips`): "it got narrower" ("less wide") is
no "it became wide", nor "slower trains" "fast trains"; the comparative of the quality itself still makes it ("it got
wider", "faster trains"). Invented cards (`grading.short`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

ROWS = [
    ("It became wide", "it got wider", True),
    ("It became wide", "it widened", True),
    ("It became wide", "it became wide", True),
    ("It became wide", "it got narrower", False),
    ("It became narrower", "it got narrower", True),
    ("It became wide", "it became less wide", False),
    ("fast trains", "faster trains", True),
    ("fast trains", "slower trains", False),
    ("fast trains", "less fast trains", False),
    ("a less dense gas", "a less dense gas", True),
]


@pytest.mark.parametrize(("answer", "given", "right"), ROWS)
def test_less_of_a_plain_quality_is_its_opposite(answer, given, right):
    assert Grader(language="en").grade(short(answer), given).correct is right
