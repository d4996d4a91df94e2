"""The sentence after an answer that answers the question as well, in its own words, joins the reply (`replies`).

A text often names a thing in one sentence and says what it is or how it works in the next: "In 1702 the council
replaced the old toll with a river tax. Under it every barge paid ...", "The flow of a mill race is the volume of
water ... The flow of a mill race equals the width of the gate multiplied by ...". The first is chosen (it names the
thing, a date, a definition), the second holds what was asked; a reply showing only the first leaves the learner
without the answer. The sentence right after the chosen one, in the same paragraph, that covers as much of the
question in its own words as an answer must, is shown with it. A sentence that does not, one two places on or in
another paragraph, and a question the notes do not answer are unchanged. Invented notes, of no pack.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The town of Varnel grew up where the old road crossed the river Esk.
In 1702 the council of Varnel replaced the old bridge toll with a river tax.
Under it every barge paid one silver coin for each barrel of wine it carried past the bridge.
The merchants of the upper valley complained about it for fifty years.

In 1811 the miller Anna Korr built a new kind of water wheel on the Esk.
The Korr wheel lifted water into a wooden channel above the mill.
The channel fed six fish ponds behind the church.
The flow of a mill race is the volume of water that passes its gate in one minute.
The flow of a mill race equals the width of the gate multiplied by the speed of the water.

The first school of Varnel opened in 1790 in a room above the market hall.
The school taught forty boys to read and to count.
Its teacher was paid by the guild of weavers."""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "The town of Varnel")


@pytest.mark.parametrize(("question", "fact"), [
    ("How did the river tax work?", "one silver coin for each barrel"),  # the sentence after says how
    ("How is the flow of a mill race worked out?", "multiplied by the speed"),  # ... by the thing's name
    ("What did the Korr wheel do?", "lifted water into a wooden channel"),  # the answer itself, as before
    ("When did the first school open?", "1790"),
])
def test_the_next_sentence_that_answers_joins(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("question", "sentence"), [
    ("When did the first school open?", "Its teacher was paid"),  # two places on: not shown
    ("What did the Korr wheel do?", "The merchants of the upper valley"),  # another paragraph
])
def test_no_sentence_that_does_not_answer_joins(tutor, question, sentence):
    reply = tutor.ask(question)
    assert not any(s.startswith(sentence) for s in reply.sentences), reply.text


@pytest.mark.parametrize("question", ["How did the salt tax work?", "Who taught at the school of Harrow?"])
def test_unanswered_questions_stay_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
