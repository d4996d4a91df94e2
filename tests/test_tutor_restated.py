"""A passage that only restates a question is followed in the reply by the sentence after it, which tells what the
text says of it (`tutor.restated`): "What are the three layers the network is split into?" finds "The engineers
split the network into three layers.", and the layers are named in the next sentence. A "why" question and a yes/no
question keep their own replies. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Varne signal network was built in 1931 to link the mills of the valley.
The engineers split the network into three layers.
The lowest carries the current along copper wire, the middle routes it between mills, and the top serves the clerks.
Each mill paid a fee of four shillings a month to use it.
The Holm mill opened on 14 June 1788.
The Holm weir was built before the bridge.
In 1950 a storm broke the wire near Holm and the network was silent for a week.
The phenomenon of crossed lines was soon named the Varne hum.
In the Varne hum two clerks heard each other's messages over a faint whistle.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Varne network")


@pytest.mark.parametrize(("question", "fact"), [
    ("What are the three layers the network is split into?", "copper wire"),
    ("What is the Varne hum?", "faint whistle"),
])
def test_the_sentence_after_a_restatement_joins_the_reply(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("When was the Varne network built?", "1931"),
    ("How much did each mill pay?", "four shillings"),
    ("When did the Holm mill open?", "14 June 1788"),  # (its one word beyond the question is the month's)
])
def test_an_answer_that_says_more_than_the_question_stands_alone(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text and len(reply.sentences) == 1
