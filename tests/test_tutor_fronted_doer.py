""""Who opened the first library?": a passage whose doer is a "she" after a fronted phrase ("In 1885, after a long
dispute with the council, she opened ...") answers with the sentence before it, which names her, as one opening with
"She ..." does (`Ranker.fills`, `fronted_subjects`). Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def mill() -> Tutor:
    return tutor_on(
        "After her father's death in 1860 Mary Fenwick ran the family mill in Leeds for twenty years. "
        "In 1885, after a long dispute with the town council, she opened the first public library in Leeds for women. "
        "The council later named a street after her.\n"
        "\n"
        "The mill closed in 1902.\n", title="Fenwick")


@pytest.mark.parametrize("question", [
    "Who opened the first public library for women in Leeds?",
    "Who opened the first library in Leeds?",
    "Who ran the family mill?",  # named in its own sentence: as before
])
def test_a_fronted_she_is_named_by_the_sentence_before(mill, question):
    assert says(mill, question, "Mary Fenwick")


def test_a_deed_the_notes_do_not_tell_is_declined(mill):
    assert mill.ask("Who closed the public library?").kind == "decline"
