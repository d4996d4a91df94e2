"""A question about a word or a name itself, what it means or where it comes from, is answered by the sentence that
speaks of the word as a word ("The name Orvane comes from ...", "was named X after ...", "the name X, meaning ..."),
not by any other sentence using the word (`tutor.word_origins`). "Where does X come from?" without "the word" or "the
name" asks where the thing comes from. Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.word_origins import asked_word

from .notes import says, tutor_on

NOTES = """\
The Orvane is a slow river that drains the marshes of Kelby.
Traders carried salt and amber along the Orvane in flat boats.
In 1402 the council of Tessel built a stone bridge over the Orvane.
The name Orvane comes from an old marsh word, orva, meaning wet ground.
The Orvane rises in the hills of Dunmere, far to the north.
The word brannock was used in Tessel for the small toll paid at the bridge.
A brannock was first named after Hugh Brann, the toll keeper who collected it.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The river Orvane")


@pytest.mark.parametrize(("question", "fact"), [
    ("Where does the name Orvane come from?", "orva, meaning wet ground"),
    ("What does the name Orvane mean?", "orva, meaning wet ground"),
    ("What did the word Orvane originally mean?", "orva, meaning wet ground"),
    ("What is the origin of the name Orvane?", "orva, meaning wet ground"),
    ("How did the Orvane get its name?", "orva, meaning wet ground"),
    # of two sentences naming the word as a word, the one telling where it comes from ("named after")
    ("Where does the word brannock come from?", "Hugh Brann"),
])
def test_the_sentence_speaking_of_the_word_answers(tutor, question, fact):
    assert says(tutor, question, fact)


@pytest.mark.parametrize(("question", "word"), [
    ("Where does the word tulip come from?", "tulip"),
    ("where did the name 'Kelby' come from", "kelby"),
    ("What does the name Orvane mean?", "orvane"),
    ("what does brannock mean", "brannock"),
    ("What did the word Hansa originally mean?", "hansa"),
    ("What's the meaning of the word brannock?", "brannock"),
    ("How did the Dust Bowl get its name?", "dust bowl"),
    ("Where does the Orvane come from?", None),  # the river, not its name
    ("Why is it called the Orvane?", None),  # a reason
    ("What does the council of Tessel do?", None),
])
def test_questions_about_a_word(question, word):
    assert asked_word(normalise(question), "en") == word
