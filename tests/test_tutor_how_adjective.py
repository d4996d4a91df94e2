""""How ADJ is X?" asks for a degree of a quality (`tutor.how_adjective`): a passage naming X that gives neither a
figure nor the adjective ("The Tarn pump is unusual because it runs on peat") answers something else, and the tutor
declines; "accurate to within 2 metres", "the most reliable" answer. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Tarn pump is unusual because it runs on peat instead of coal.
The Brell gauge is accurate to within 2 millimetres.
The Arlo engine was the most reliable engine of the valley.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Machines of the valley")


@pytest.mark.parametrize(("question", "fact"), [
    ("How accurate is the Brell gauge?", "2 millimetres"),
    ("How reliable was the Arlo engine?", "most reliable"),
    ("Why is the Tarn pump unusual?", "runs on peat"),  # no "how ADJ": as before
])
def test_a_degree_said_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", ["How accurate is the Tarn pump?", "How reliable is the Tarn pump?"])
def test_no_degree_said_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


def test_how_come_is_a_reason(tutor: Tutor) -> None:
    assert says(tutor, "How come the Tarn pump is unusual?", "runs on peat")  # a reason, no degree


SHEPHERDS = """\
The shepherds of the Selk hills carry the Selk compass on every drove.
The Selk compass is accurate to within 3 degrees.
The Mora lamp of the shepherds burns sheep fat.
"""


@pytest.fixture(scope="module")
def hills() -> Tutor:
    return tutor_on(SHEPHERDS, "Tools of the hills")


def test_the_passage_saying_a_degree_answers_though_another_ranks_first(hills: Tutor) -> None:
    """The passage that covers most of the question says no degree; the one that does answers, not a decline."""
    assert says(hills, "How accurate is the shepherds' Selk compass?", "3 degrees")


@pytest.mark.parametrize("question", ["How accurate is the Mora lamp of the shepherds?",
                                      "How reliable is the shepherds' Selk compass?"])
def test_still_declined_when_no_passage_says_a_degree(hills: Tutor, question: str) -> None:
    assert hills.ask(question).kind == "decline"
