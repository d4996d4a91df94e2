""""X gave way to Y" says that Y replaced X (`lexicon_tutor_phrasal`): it answers "what replaced X?" and "which Y took
over from X?". Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def looms():
    return tutor_on(
        "The hand loom was the common loom of Velden in the sixteenth century.\n"
        "The hand loom was cheap and could be worked by one weaver at home.\n"
        "In the eighteenth century the hand loom gave way to the larger frame loom.\n"
        "Velden was the great cloth market of the valley until its river silted up.\n"
        "The cloth trade of Velden grew quickly in the seventeenth century.\n"
        "In the end Velden gave way to Arnsby, whose harbour stayed deep.", "The looms of Velden")


@pytest.mark.parametrize(("question", "fact"), [
    ("What replaced the hand loom?", "frame loom"),
    ("Which town took over from Velden?", "Arnsby"),
])
def test_gave_way_to_is_replaced_by(looms, question: str, fact: str) -> None:
    assert says(looms, question, fact)
