"""Questions of a degree no measure names ("how accurate ...?", "насколько старое ...?") are a little likelier answered
by a passage with a figure; a question of a measure ("how heavy ...?") is not by figures of another kind (a date, an
ordinal). Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.degree_figures import asks_degree, figure_kind_fit
from tests.notes import tutor_on


@pytest.fixture(scope="module")
def mill() -> Tutor:
    return tutor_on(
        "The old clock of the mill was far less accurate than the new clock of the town hall.\n\n"
        "The new clock of the town hall keeps time to within 2 seconds a week.\n\n"
        "The first bell of the mill was cast on 3 May 1820.\n\n"
        "The bell of the mill weighs about 300 kg.\n", "The valley mill")


@pytest.mark.parametrize(("question", "degree"), [
    ("How accurate is the new clock?", True),
    ("how badly was the mill hit?", True),
    ("How deep is the mill pond?", False),  # a measure: a figure is asked already
    ("How exactly does the clock keep time?", False),  # the way it is done
    ("How is the bell rung?", False),
    ("Why is the new clock accurate?", False),
])
def test_a_question_of_degree_is_told_by_how_and_a_word_before_the_verb(mill: Tutor, question: str,
                                                                      degree: bool) -> None:
    asked = mill.analyser.question(question, normalise(question))
    assert asked is not None and asks_degree(asked, "en") is degree


def test_a_russian_question_of_degree_says_how_much() -> None:
    tutor = tutor_on("Озеро возникло 20 миллионов лет назад.", "Озеро", "ru")
    asked = tutor.analyser.question("Насколько старое это озеро?", normalise("Насколько старое это озеро?"))
    assert asked is not None and asks_degree(asked, "ru")


def test_a_date_is_no_figure_of_a_weight(mill: Tutor) -> None:
    question = "How heavy is the bell of the mill?"
    asked = mill.analyser.question(question, normalise(question))
    assert asked is not None
    kinds = {r.doc.text[:9]: figure_kind_fit(r.doc, asked, "en") for r in mill.ranker.rank(asked)}
    assert kinds["The first"] == -1 and kinds["The bell "] == 0
