""""till" (and "til") is "until" in a point: "the guild held no charter till 1620" makes "the guild had no charter
until 1620"; another year, or "after", stays wrong. Invented guild."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

CHARTER = explain("the guild did not get a charter again until 1620", prompt="What happened to the guild?")


@pytest.mark.parametrize(("answer", "right"), [
    ("the guild had no charter till 1620", True),
    ("the guild didn't get a charter again til 1620", True),
    ("the guild had no charter until 1620", True),
    ("the guild had no charter till 1630", False),
    ("the guild had a charter after 1620", False),
])
def test_till_is_until(answer, right):
    assert Grader().grade(CHARTER, answer).correct is right
