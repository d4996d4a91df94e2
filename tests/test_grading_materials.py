"""A material said by its adjective or its other name ("wooden", "wood": "timber"), and things set close said
by how they are crowded ("packed together": "close together"), in English (issue #11,
`lexicon_composition`). Another material, and things set apart, do not make the point. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def _card(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


SHEDS = "timber sheds close together"  # "Why did the market burn down?"
CLOAKS = "wool cloaks"  # "What kept the shepherds warm?"

GRADED = [
    (SHEDS, "the sheds were wooden and packed together", True),
    (SHEDS, "wooden sheds crowded together", True),
    (SHEDS, "the sheds were made of wood and tightly packed", True),
    (SHEDS, "brick sheds packed together", False),
    (SHEDS, "wooden sheds far apart", False),
    (CLOAKS, "they wore woollen cloaks", True),
    (CLOAKS, "they wore cotton cloaks", False),
]

PROMPTS = {SHEDS: "Why did the market burn down?", CLOAKS: "What kept the shepherds warm?"}


@pytest.mark.parametrize(("point", "answer", "right"), GRADED)
def test_a_material_and_closeness_said_otherwise(point, answer, right):
    assert Grader().grade(_card(point, PROMPTS[point]), answer).correct is right
