"""A verb of place met by a phrase of place saying the kind asked (`tutor.place_verbs`): "which observatory did
Sorel work at?" is answered by "In 1912 Sorel, at the Lindqvist Observatory, measured ...", though it says no "work";
not "which university did Sorel study at?" (a place of another kind), nor a bare "where did Sorel live?" (his
birthplace says a place too). Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
Vesto Sorel was a Swedish astronomer born in 1875 in Lund.
In 1912 Sorel, at the Lindqvist Observatory, measured the speeds of forty spiral nebulae.
Most of the nebulae were moving away from the Earth at great speed.
Sorel taught in the town of Askby until his death.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The expanding universe")


@pytest.mark.parametrize("question", [
    "Which observatory did Sorel work at?",
    "At which observatory did Sorel work?",
    "which observatory was Sorel working in",
])
def test_a_place_of_the_kind_asked_meets_the_verb(tutor: Tutor, question: str) -> None:
    assert says(tutor, question, "Lindqvist Observatory")


@pytest.mark.parametrize("question", [
    "Which university did Sorel study at?",  # no university is said
    "Where did Sorel live?",  # no kind asked: "born ... in Lund" is no answer
    "What did Sorel study?",  # no place asked
    "In which town did Sorel work?",  # "taught in the town of Askby": the phrase of place goes with another verb
])
def test_no_place_of_the_kind_is_no_answer(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
