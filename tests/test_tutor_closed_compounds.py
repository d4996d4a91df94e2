"""A question's word said by the notes as one part of a closed compound (`closed_compounds`, round 42): "walk in
space" is "spacewalk", "older books" is "older textbooks"; a part of fewer than four letters makes no compound
("season" is no "sea"), and a question about what the notes do not tell is still declined. Invented notes, of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.closed_compounds import compounds_of
from tests.notes import says, tutor_on

NOTES = """\
Lena Varga made the first Hungarian spacewalk from Orion 3 in May 1991.
Three weeks later Peter Hollo became the first Hungarian in space, but his flight lasted only an hour.
Older textbooks give 12 stations for the northern line, because they counted the closed halts.
Older maps give 14 stations for the northern line, because they counted the goods yards.
The modern estimate is 9 stations on the northern line.
In the rainy season the northern line floods at Kesz.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Firsts and lines")


@pytest.mark.parametrize(("question", "fact"), [
    ("who was the first hungarian to walk in space?", "Lena Varga"),
    ("How many stations do older books give for the northern line?", "Older textbooks give 12 stations"),
])
def test_a_compound_of_the_word_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", [
    "Where did the sea flood?",  # "season" is no "sea"
    "How many stations do older atlases give for the northern line?",  # no compound of "atlases"
])
def test_what_the_notes_do_not_tell_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "vocab", "found"), [
    ("walk", ("spacewalk", "walker", "walks"), {"spacewalk"}),
    ("books", ("textbooks", "bookshelf"), {"textbooks"}),
    ("land", ("overland", "island", "landmark"), {"overland", "landmark"}),
    ("sea", ("season", "seaside"), set()),  # a part of three letters: no compound
    ("summer", ("summers",), set()),
])
def test_compounds_of(word: str, vocab: tuple[str, ...], found: set[str]) -> None:
    assert compounds_of(word, vocab) == found
