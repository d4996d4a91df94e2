"""An acronym spelt out by a cue farther after it (`tutor.acronyms`): "the letters VK on the town's number plates stand
for Velden Kreis" answers "what does VK stand for?" when the words after the cue have its initials; "the VK team
stands for fair play" spells nothing out. Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor.acronyms import spelt_out
from tests.notes import says, tutor_on

CUES = ("short for", "stands for", "stand for", "which stands for", "abbreviation for", "acronym for")


@pytest.mark.parametrize(("text", "acronym"), [
    ("The letters VK on the town's number plates stand for Velden Kreis.", "VK"),
    ("The initials ARM carved over the gate stand for Arnulf Rex Magnus.", "ARM"),
])
def test_a_cue_farther_on_spells_it_out(text: str, acronym: str) -> None:
    assert acronym in spelt_out(text, CUES)


@pytest.mark.parametrize("text", ["The VK team of the town stands for fair play.",
                                  "The UN is a body that stands for peace."])
def test_a_cue_without_the_initials_does_not(text: str) -> None:
    assert not spelt_out(text, CUES)


def test_the_tutor_answers_with_the_far_expansion() -> None:
    tutor = tutor_on(
        "Velden is a small weaving town on the river Arn.\n"
        "The VK team of Velden won the river race in 1911.\n"
        "The letters VK on the town's number plates stand for Velden Kreis.", "Velden")
    assert says(tutor, "What does VK stand for on number plates?", "Velden Kreis")
