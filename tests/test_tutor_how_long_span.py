""""How long did X ...?" ("for how long", "how long will") asks for a span of time, by its verb of doing; "how long is
X?" asks for a length. A passage whose only figures of either kind are lengths ("about 60 metres long") does not
answer the first. Small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
On 3 May the barge Heron, about 60 metres long, ran aground across the Harn lock.
Later the lock was rebuilt.

The Harn fire of 1802 burned for ten days.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Harn")


@pytest.mark.parametrize("question", ["For how long did the Heron block the Harn lock?",
                                      "how long did the Heron block the lock"])
def test_a_length_is_no_span_of_time(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [("How long is the Heron?", "60 metres"),
                                                ("how long did the Harn fire burn", "ten days")])
def test_a_length_or_a_span_answers_its_own_question(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)
