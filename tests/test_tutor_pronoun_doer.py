""""Who did X?" answered by a sentence that says X of a pronoun ("In May 1891 he lit the lamp") is answered with the
sentence before, which names the one the pronoun stands for: a person is given there, not in the passage itself.
Small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The harbour board named a new keeper in 1890, the sailmaker Edric Vane of Fennick.
In May 1891 he lit the new lamp on the Saltmere light for the first time.

The old lamp had burned whale oil.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Saltmere")


@pytest.mark.parametrize("question", ["Who lit the new lamp on the Saltmere light?",
                                      "who lit the new lamp for the first time"])
def test_the_sentence_naming_the_pronouns_person_answers(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and "Edric Vane" in " ".join(reply.sentences)

