"""A short card whose answer carries a figure in passing ("Captain Ada Voss (1788)") but accepts a wording without it
("Ada Voss") asks for the name, not the figure: a wrong answer is told it does not match, never "The answer needs the
figure (1788)", which points the learner at the wrong thing. A card that accepts only wordings with the figure still
says what is missing. Verdicts are the same either way; only what the learner is told changes. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

CAPTAIN = short("Captain Ada Voss (1788)", "Ada Voss", "Captain Voss", prompt="Who first charted the bay?")
KAPITAN = short("Капитан Ада Восс (1788 год)", "Ада Восс", prompt="Кто первым нанёс залив на карту?")
DEPTH = short("about 40 m", "40 metres", prompt="How deep is the bay?")


@pytest.mark.parametrize(("grader", "card", "given", "right", "told"), [
    (Grader(), CAPTAIN, "Tom Reeve", False, "Not quite."),
    (Grader(), CAPTAIN, "Ada Voss", True, "Correct."),
    (Grader(language="ru"), KAPITAN, "Том Рив", False, "Not quite."),
    (Grader(), DEPTH, "quite deep", False, "The answer needs the figure (40 m)."),  # only wordings with the figure
])
def test_what_a_wrong_answer_is_told(grader, card, given, right, told):
    verdict = grader.grade(card, given)
    assert verdict.correct is right and verdict.feedback == told, verdict
