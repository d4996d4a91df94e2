"""An event asked as done is not told by a passage that says it only as wished (`tutor.wished`): "which tolls were
lifted?" is not answered by "The guild would very much like all tolls to be lifted", nor "who built the Orm dam?" by
"the council wanted the Orm dam to be built"; a passage telling the event answers, and a question asking of the wish
itself keeps the wish. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

WISHES = """\
The Selby guild would very much like all river tolls to be lifted, though that is not its main aim.
In 1840 the Selby council wanted the Orm dam to be built across the valley.
The Selby guild also hoped to reach the coast markets by road.
"""

TOLD = WISHES + """\
In 1852 the tolls on salt were lifted by the river board.
"""


@pytest.fixture(scope="module")
def wishes() -> Tutor:
    return tutor_on(WISHES, "The Selby guild")


@pytest.fixture(scope="module")
def told() -> Tutor:
    return tutor_on(TOLD, "The Selby guild")


@pytest.mark.parametrize("question", ["Which tolls were lifted?", "When was the Orm dam built?",
                                      "Which coast markets did the guild reach?"])
def test_a_wish_tells_no_event(wishes: Tutor, question: str) -> None:
    assert wishes.ask(question).kind == "decline"


def test_the_passage_telling_the_event_answers(told: Tutor) -> None:
    assert says(told, "Which tolls were lifted?", "tolls on salt")


@pytest.mark.parametrize(("question", "fact"), [
    ("What did the Selby council want to be built?", "Orm dam"),
    ("What would the Selby guild like to be lifted?", "tolls to be lifted"),
    ("What did the guild hope to reach?", "coast markets"),
])
def test_a_question_of_the_wish_keeps_it(wishes: Tutor, question: str, fact: str) -> None:
    assert says(wishes, question, fact)
