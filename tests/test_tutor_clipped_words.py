"""Clipped words of a chat that learners type in questions ("how many ppl", "the prez", "what temp", "go thru", "how
many reps", "how many yrs", "sats"): each is read as the word it stands for (`lexicon.ABBREVIATIONS`), so a question
typed so is answered as the one spelt out is; a question the notes do not answer is still declined. On invented
notes.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

HARLOW = (
    "The Harlow town council has 24 elected representatives.\n\n"
    "The great oven of the Harlow bakery bakes at a temperature of 220 degrees.\n\n"
    "About 300 people live on the island of Wend.\n\n"
    "The barge canal passes through Lake Orm and Lake Tessel.\n\n"
    "The president of the Harlow guild serves for a term of two years.\n\n"
    "The Harlow bells were cast in 1702.\n\n"
    "The Wend radio station tracks three weather satellites."
)


@pytest.fixture(scope="module")
def harlow() -> Tutor:
    return tutor_on(HARLOW, "Harlow")


@pytest.mark.parametrize(("question", "fact"), [
    ("how many reps sit on the Harlow town council?", "24 elected representatives"),
    ("what temp does the great oven bake at?", "220 degrees"),
    ("how many ppl live on Wend?", "About 300 people"),
    ("what lakes does the barge canal go thru?", "Lake Orm"),
    ("how long does the Harlow guild prez serve?", "two years"),
    ("how many sats does the Wend radio station track?", "three weather satellites"),
])
def test_a_clipped_word_is_read_as_the_word_it_stands_for(harlow: Tutor, question: str, fact: str) -> None:
    assert says(harlow, question, fact), harlow.ask(question).text


def test_what_the_notes_do_not_tell_is_still_declined(harlow: Tutor) -> None:
    assert harlow.ask("how many ppl work in the Harlow mint?").kind == "decline"


@pytest.mark.parametrize(("typed", "spelt"), [("how many ppl", "how many people"), ("the prez", "the president"),
                                              ("what temp", "what temperature"),
                                              ("the canal goes thru", "the canal goes through")])
def test_the_question_is_read_spelt_out(harlow: Tutor, typed: str, spelt: str) -> None:
    one = harlow.analyser.question(typed, normalise(typed))
    other = harlow.analyser.question(spelt, normalise(spelt))
    assert one is not None and other is not None and one.stems == other.stems
