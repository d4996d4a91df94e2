"""A thing asked by a noun after "what" / "which" is no figure (`tutor.frames.thing_asked`): "what enzyme controls the
rate of X?" asks for an enzyme, though "the rate of" asks a figure in "what is the rate of X?". Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("question", "numeric"), [
    ("What enzyme controls the rate of rusting?", False),
    ("Which country had the highest rate of growth?", False),
    ("What gas sets the value of the needle?", False),
    ("What is the rate of rusting?", True),
    ("What was the value of the coin?", True),
    ("What percentage of the ore is iron?", True),
    ("What temperature does the rate of rusting rise at?", True),
    ("What number of ships set the rate of trade?", True),
    ("How many enzymes control the rate of rusting?", True),
])
def test_a_noun_after_what_asks_a_thing_not_a_figure(question, numeric):
    tutor = tutor_on("The harbour of Vell rusts.", "Notes")
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.numeric is numeric


def test_the_thing_asked_is_answered_by_the_passage_naming_it():
    tutor = tutor_on("In the harbour of Vell, rusting is fast.\n\nThe rate of rusting in Vell is 2 mm a year.\n\n"
                     "Its rate of rusting is controlled by the enzyme ferrase, the main control point of rusting.",
                     "Notes")
    assert says(tutor, "What enzyme controls the rate of rusting in Vell?", "ferrase")
    assert says(tutor, "What is the rate of rusting in Vell?", "2 mm a year")
