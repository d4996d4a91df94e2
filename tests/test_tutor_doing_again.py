""""Who owned X?" asks who: a noun for people that only says the question's act again ("their owner refused to
show them", "its founders") names no one (`supplying.new_people`), and the tutor declines; a passage naming the
person, or other people, answers. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
Only a few copies of the Marl charter survive, and their owner refused to sell them.
The Tesk mill was owned by Anna Roole until 1850.
The Berrow school was built in 1820, and its builders were never paid in full.
The Orrin bridge was built by masons from the hill villages.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Old works")


@pytest.mark.parametrize("question", ["Who owned the Marl charter?", "Who built the Berrow school?"])
def test_the_act_said_again_names_no_one(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [("Who owned the Tesk mill?", "Anna Roole"),
                                                ("Who built the Orrin bridge?", "masons")])
def test_a_person_or_other_people_answer(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)
