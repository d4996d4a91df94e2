""""How tall / how fast / what temperature ...?" asks a figure of that measure (`tutor.supplying`): when a passage
gives no figure of the measure's kind, it gives it only by saying the measure word beside a figure ("128 bits
long", "some 40 high"); the word said away from every figure ("high stone walls of grey granite and two doors")
leaves the figure giving something else, and the tutor declines. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Varn tower had high stone walls of grey granite and two doors facing the harbour.
The Varn kiln wore out after only ten to twenty days of firing, as its bricks could not stand the heat.
The Oster key is 128 bits long.
The Tolm beacon stood some 40 high above the quay.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Works of the harbour")


@pytest.mark.parametrize("question", [
    "How tall was the Varn tower?",  # "high" away from "two": no height given
    "What temperature does the Varn kiln run at?",  # "the heat" away from "ten to twenty days": a span
])
def test_a_measure_word_away_from_any_figure_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("How long is the Oster key?", "128 bits long"),  # the measure word right after its figure
    ("How high did the Tolm beacon stand?", "40 high"),
])
def test_a_measure_word_beside_its_figure_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)
