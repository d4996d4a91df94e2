"""A "what is X?" question is answered by the sentence that says what kind of thing X is, in English's set forms
("X is a ...", "X, a ...", "X (an ...)", "a ... called X", "... is called X", "... X: ...", "An X does ..."), ranked
above sentences that only mention X, say where or how it is, what it was like, or name a longer thing X is part of
(`tutor.class_defined`). Notes of our own (a tannery)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.class_defined import defines_class
from tests.notes import place, says, tutor_on

TANNERY = """\
The Harlow tannery stood by the river from 1620.
When the old pits were emptied, their tanbark and their lime were carted off to the fields.
There the wet tanbark was at the bottom of each pit, so it soaked the hides slowly.
Tanbark was costly: a cartload cost as much as a week of a tanner's wages.
A crushed oak bark called tanbark softened the hides over many months.
The Great Liming Yard, beside the bridge, was the largest yard in the county.
A liming yard stands apart from the pits, because its lime burns the bark.
The tanners practised currying: they rubbed oil and tallow into the finished leather.
Currying was slow: a single hide took two days.
Currying was done in an upper room.
A fleshing knife is a curved blade with a handle at each end.
The fleshing knife was hung on the wall at night.
"""


@pytest.fixture(scope="module")
def tannery():
    tutor = tutor_on(TANNERY, "A tannery")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "sentence"), [
    ("What is tanbark?", "A crushed oak bark called tanbark"),  # not "Tanbark was costly:", "the wet tanbark was at"
    ("what is a liming yard?", "A liming yard stands apart"),  # not "The Great Liming Yard ... was the largest"
    ("what was currying?", "The tanners practised currying:"),  # not "Currying was slow:"
    ("What is a fleshing knife?", "A fleshing knife is a curved blade"),
])
def test_the_sentence_saying_what_kind_of_thing_ranks_first(tannery, question, sentence):
    assert place(tannery, question, sentence) == 0


def test_the_answer_says_what_it_is(tannery):
    assert says(tannery, "What is tanbark?", "crushed oak bark")


@pytest.mark.parametrize(("sentence", "term", "defines"), [
    ("A fleshing knife is a curved blade with a handle at each end.", "fleshing knife", True),
    ("Liming yards are the dirtiest part of a tannery.", "liming yard", True),
    ("Tanbark (the crushed bark) is a brown powder.", "tanbark", True),
    ("Tanbark, a brown powder, was sold by the cartload.", "tanbark", True),
    ("Tanbark (a brown powder) was sold by the cartload.", "tanbark", True),
    ("A crushed oak bark called tanbark softened the hides.", "tanbark", True),
    ("Soaking hides in crushed bark is called tanning.", "tanning", True),
    ("The tanners practised currying: they rubbed oil into the leather.", "currying", True),
    ("A liming yard stands apart from the pits.", "liming yard", True),
    ("Tanbark was costly: a cartload cost a week's wages.", "tanbark", False),  # what it was like
    ("There the wet tanbark was at the bottom of each pit.", "tanbark", False),  # where it was
    ("The Great Liming Yard was the largest yard in the county.", "liming yard", False),  # a longer name
    ("Currying: why did it take so long?", "currying", False),  # a heading asking a question
    ("Their tanbark and their lime were carted off.", "tanbark", False),  # a mention
    ("A tanner is a craftsman who makes leather.", "tannery", False),  # another word of the same stem
])
def test_what_defines_a_term_by_its_kind(tannery, sentence, term, defines):
    assert defines_class(sentence, term.split(), tannery.words) is defines
