"""A question naming only a post asks for its holder (`tutor.posts.names_asked`): "who was the Treasury Secretary?"
and "who was the prime minister of Norland?" want a person the question does not name, so a sentence that names
the post and nobody holding it ("the Treasury Secretary announced a visit") does not answer them, and one naming the
holder does. A question naming a person ("who is Piet Olsen?", "who is President Harwell?") still asks what the notes
say of them. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
No Secretary of State had visited Norland for more than twenty years.
The Foreign Minister, Anna Weller, telephoned the Deputy Secretary, Tom Harris, in March.
Later the Treasury Secretary announced a visit for the spring.
The harbour master of Tarrow, Piet Olsen, closed the port in May.
In 1904 Ivo Brann became prime minister of Norland.
President Owen Harwell signed the tariff in June."""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Visits to Norland")


@pytest.mark.parametrize(("question", "fact"), [
    ("who was the foreign minister?", "Anna Weller"),
    ("who was the prime minister of Norland?", "Ivo Brann"),
    ("who is the deputy secretary?", "Tom Harris"),
    ("who was the harbour master?", "Piet Olsen"),
    ("who is Piet Olsen?", "harbour master"),
    ("who is President Harwell?", "signed the tariff"),
    ("who closed the port?", "Piet Olsen"),
])
def test_a_holder_or_a_person_asked_is_answered(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "who was the treasury secretary?",  # the notes name the post, nobody holding it
    "who was the Secretary of State?",
])
def test_a_post_whose_holder_the_notes_do_not_name_is_declined(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text
