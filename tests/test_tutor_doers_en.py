"""Who does it, said by a common noun (`tutor.doers_en`): "who corrects the drift?" is answered by "The float gauge
measures the drift and sends corrections", "who paid for the arch?" by "... paid for by the harbour fund": a sentence
opening with a noun phrase of its own before a verb, or the question's verb in the passage with "by". Not a phrase
that opens with a pronoun or says only the question's words, nor "who was X?". Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
The Harn mill stands on the river Osk, and its wheel turns day and night.
The wheel slowly drifts out of line as the river rises and falls.
The float gauge measures the drift every hour and sends corrections to the sluice.
A new stone arch was built over the race in 1820.
It was paid for by the harbour fund, which wanted the grain ground faster.
The arch cracked in the frost of 1901 and was mended with iron bands.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Harn mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("Who corrects the drift of the wheel?", "float gauge"),
    ("Who paid for the arch?", "harbour fund"),
])
def test_a_doer_named_by_a_common_noun_answers_who(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Who mended the wheel?",  # no passage says who mended it, nor mends the wheel
    "Who turns the wheel?",  # "its wheel turns day and night": the question's own words, no doer
])
def test_no_doer_is_no_answer(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
