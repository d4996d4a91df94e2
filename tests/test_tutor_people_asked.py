"""Who the members are (`tutor.people_asked`): "who were the members of X?" asks for the names of the people who made
up X; the plural noun for them frames the question and weighs as a light word, so the passage naming them answers
rather than one that says "members" of something else. A singular ("who was the leader of X?") is left as it is.
Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.people_asked import people_asked
from tests.notes import place, says, tutor_on

NOTES = """\
Tessel is a fishing town on the northern coast, built around a deep harbour.
In 1820 Anna Roe, Piet Vane and Jan Holt formed a private alliance known as the Harbour Council.
The town guild, which had grown to 300 members under the Harbour Council, was cut to 90 members in 1851.
The church choir had 40 members, and its members sang at every launch of a ship.
The fish market opened in 1833 on the quay below the church.
Storms closed the harbour for three weeks in the winter of 1871.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The town of Tessel")


@pytest.mark.parametrize(("question", "asked"), [
    ("Who were the members of the Harbour Council?", {"members"}),
    ("who are the founders of the guild?", {"founders"}),
    ("Who was the leader of the Harbour Council?", set()),  # the holder of a post: left as it is
    ("Who were the members?", set()),  # no group asked about
    ("Who were the ships of the Harbour Council?", set()),  # no noun for people
    ("How many members did the guild have?", set()),  # a count of them
])
def test_people_asked(tutor: Tutor, question: str, asked: set[str]) -> None:
    assert people_asked(normalise(question), tutor.words) == asked


def test_the_passage_naming_them_answers(tutor: Tutor) -> None:
    assert says(tutor, "Who were the members of the Harbour Council?", "Anna Roe")


def test_a_count_of_members_is_still_answered_by_the_count(tutor: Tutor) -> None:
    assert says(tutor, "How many members did the town guild have in 1851?", "90 members")


def test_the_names_rank_above_members_of_another_group(tutor: Tutor) -> None:
    question = "Who were the members of the Harbour Council?"
    assert place(tutor, question, "In 1820 Anna Roe") < place(tutor, question, "The town guild")
