"""English: "one another" is "each other", a pronoun, not the figure 1 ("the plates slide past one another" makes
"the plates slide past each other"); "one ... another" apart keeps its "one" ("one plate slides under another"),
and another verb with the pronoun stays another verb.

Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")


def explain(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="How do the floes move?", answer=point,
                keypoints=(Keypoint(point, ()),), need=1)


PAST = explain("the ice floes slide past each other")
UNDER = explain("one floe slides under another")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (PAST, "the ice floes slide past one another", True),
    (PAST, "the ice floes slide past each other", True),
    (PAST, "the ice floes crash into one another", False),
    (PAST, "the ice floes slide away from one another", False),
    (UNDER, "one floe slides under another", True),
    (UNDER, "two floes slide under another", False),
])
def test_one_another(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right, EN.grade(card, answer).trace
