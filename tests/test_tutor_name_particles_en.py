"""An English person's name with a particle ("Aurel de Montval", "Pieter van Dalen") is one person (`TutorWords.
name_particles`), so a question about that person is answered only by a passage that names them: "where did de Montval
die?" is not answered by "many died of fever" in a section titled after him. Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def canal() -> Tutor:
    return tutor_on(
        "The Varn canal was promoted by Aurel de Montval, a former diplomat.\n\n"
        "In 1858 Aurel de Montval founded the Varn Canal Company.\n\n"
        "Thousands worked on the Varn canal at a time, and many died of fever and heat.\n\n"
        "The Varn canal opened in 1869.", "Varn canal", section_title="De Montval builds the canal")


@pytest.mark.parametrize(("question", "fact"), [
    ("When did de Montval found the Varn Canal Company?", "1858"),
    ("who founded the Varn Canal Company?", "Aurel de Montval"),
    ("when did the Varn canal open?", "1869"),
])
def test_the_person_named_answers(canal: Tutor, question: str, fact: str) -> None:
    assert says(canal, question, fact)


@pytest.mark.parametrize("question", ["Where did de Montval die?", "how did de Montval die?"])
def test_a_passage_not_naming_the_person_is_no_answer(canal: Tutor, question: str) -> None:
    assert canal.ask(question).kind == "decline"


def test_the_particle_joins_the_person(canal: Tutor) -> None:
    assert {"aurel", "montval"} <= canal.library.names.persons
