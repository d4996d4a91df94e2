"""A question of a thing's good or bad sides ("what was the advantage of X?", "what's the downside of X?") is answered
by a sentence that judges X (a contrast, a comparison, what X lets happen), not by one that only says what X is or who
used it; when none of the sentences about X judges it, the tutor declines (`tutor.judged`). Invented notes, of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The weavers of Dunmore used a treadle loom from about 1620.
A treadle loom is quick to work but needs a strong weaver at the pedals.
The clerks of Vell wrote their ledgers with a reed pen.
A reed pen was cheaper than a quill, so every clerk could own several.
The millers of Arlo built a stone weir across the river in 1702.
The stone weir was forty feet long and six feet high.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Crafts of the valley")


@pytest.mark.parametrize(("question", "fact"), [
    ("What was the downside of the treadle loom?", "strong weaver"),
    ("what's the disadvantage of a treadle loom", "strong weaver"),
    ("What was the advantage of the reed pen?", "cheaper than a quill"),
    ("What were the drawbacks of a treadle loom?", "strong weaver"),
])
def test_a_judging_sentence_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", [
    "What was the drawback of the stone weir?",  # the notes only measure it
    "What was the advantage of the stone weir?",
])
def test_no_judgement_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


def test_other_questions_as_before(tutor: Tutor) -> None:
    assert says(tutor, "How long was the stone weir?", "forty feet")
