"""A term a point numbers ("carbon-14", "Gemini 6") is not made by the term with another number, though an accepted
wording names it without one ("radioactive carbon"); the term alone, or with the point's own number, still is."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def card() -> Card:
    return Card(id="c", section="s", kind="list", prompt="Name the two radioactive tracers the survey used.",
                answer="Carbon-14 and tritium", keypoints=[
                    Keypoint("carbon-14", accept=("radioactive carbon", "C-14")),
                    Keypoint("tritium", accept=("hydrogen-3",))])


@pytest.mark.parametrize(("answer", "right"), [
    ("carbon-14 and tritium", True), ("carbon 14 and tritium", True), ("radioactive carbon and tritium", True),
    ("carbon and tritium", True), ("C-14 and hydrogen-3", True),
    ("carbon-12 and tritium", False), ("carbon 13 and tritium", False), ("carbon-14 and hydrogen-2", False),
])
def test_a_numbered_term_with_another_number(answer, right):
    assert Grader(language="en").grade(card(), answer).correct is right
