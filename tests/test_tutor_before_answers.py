"""The sentence right before an answer that answers the question as well, in its own words, joins the reply when
there is room (`replies.compose`, after every other sentence the reply needs).

"The river tax of Varnel was paid by every barge that carried wine past the bridge. In 1702 the council of Varnel
replaced the old bridge toll with the river tax, which brought in twice as much." For "who paid the river tax?" the
second may be chosen (it names the tax, the town and more), while the first says who paid; both cover the question,
so both are shown, in the notes' order. A sentence two places before, or one that covers less, does not join, and a
question the notes do not answer still declines. Invented notes, of no pack.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The town of Varnel grew up where the old road crossed the river Esk.
The river tax of Varnel was paid by every barge that carried wine past the bridge.
In 1702 the council of Varnel replaced the old bridge toll with the river tax, which brought in twice as much.
The merchants of the upper valley complained about it for fifty years."""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "The town of Varnel")


@pytest.mark.parametrize(("question", "fact"), [
    ("Who paid the river tax?", "every barge"),
    ("What was the river tax of Varnel?", "paid by every barge"),
    ("When did Varnel bring in the river tax?", "1702"),
])
def test_the_sentence_before_that_answers_joins(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


def test_a_sentence_further_back_does_not_join(tutor):
    reply = tutor.ask("Who paid the river tax?")
    assert not any(s.startswith("The town of Varnel grew up") for s in reply.sentences), reply.text


@pytest.mark.parametrize("question", ["Who paid the salt tax of Harrow?", "When was the Esk bridge rebuilt?"])
def test_unanswered_questions_stay_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
