"""English: a negation whose verb is left out, "the wall fell but the tower did not" (core.ellipsis). Such a
keypoint was failed by its own words and made by its reverse ("the wall did not fall but the tower did"), since
only the wording's negation as a whole was compared; now it is compared word by word. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")


def explain(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened in the flood?", answer=point,
                keypoints=(Keypoint(point, ()),), need=1)


WALL = explain("the wall fell but the tower did not")
SIGNED = explain("Norway signed the treaty but Sweden did not")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (WALL, "the wall fell but the tower did not", True),
    (WALL, "The wall fell, but the tower didn't", True),
    (WALL, "the tower fell but the wall did not", False),
    (WALL, "the wall did not fall but the tower did", False),
    (WALL, "the wall and the tower fell", False),
    (WALL, "the wall fell", False),
    (SIGNED, "Norway signed the treaty but Sweden did not", True),
    (SIGNED, "Sweden signed the treaty but Norway did not", False),
    (SIGNED, "Norway did not sign the treaty but Sweden did", False),
])
def test_a_point_with_an_elided_negation(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right, EN.grade(card, answer).trace


@pytest.mark.parametrize(("text", "negated"), [
    ("the wall fell but the tower did not", {"tower"}),
    ("the wall fell but the tower was not", {"tower"}),
    ("the tower did not fall", {"fall"}),  # a verb follows: the verb is denied, as before
    ("the wall fell and the tower did", set()),
])
def test_the_subject_of_an_elided_negation_is_negated(text: str, negated: set[str]) -> None:
    p = Prepared.of(text, Aliases({}))
    assert {p.words[i] for i in p.content() if p.negated_at(i)} == negated
