"""A question of what or where a name is ("who was Wendle?", "where is Orvia?") is answered by the passage that
introduces the name with an apposition marked by its article, at its first mention ("..., led by Ada Wendle, the
mayor of Tarrow, ..."), ranked above later passages that only tell what it did ("Wendle was put on trial ..."); not
by an aside of a later passage, another of the same surname, or the comma after a phrase that opens the sentence
(`tutor.appositions.described_name`). Notes of our own (a harbour town)."""

from __future__ import annotations

import pytest

from tests.notes import place, says, tutor_on

HARBOUR = """\
In 1562 the town's fleet, led by Ada Wendle, the mayor of Tarrow, was sunk off Keld.
Salt went north to Keld, and from Keld it was shipped to Orvia, the northern tip of the island of Senn, where herring
gathered every autumn.
Tom Brennan was elected reeve of the marsh in 1540.
On the Grey Fen, the floods of 1550 drowned three farms.
The Grey Fen lies south of Tarrow, between the river and the dunes.
For ten years the towns held four forts on the coast of Orvia (Sand, Holm, Ness and Rye) and took half of its tolls.
Wendle was put on trial in Tarrow for the loss of the fleet and hanged in 1563.
The marsh passed to his son Tom, who is a different man from Tom Brennan, the reeve of 1540.
"""

BARGES = """\
The salt barge Heron was built by Kit Fenwick, a carpenter of Keld, in 1555.
Ada Fenwick sailed the Heron to Orvia every spring.
"""


@pytest.fixture(scope="module")
def harbour():
    tutor = tutor_on(HARBOUR, "A harbour town")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "sentence"), [
    ("Who was Wendle?", "In 1562 the town's fleet, led by Ada Wendle"),  # not "Wendle was put on trial ..."
    ("where is Orvia?", "Salt went north to Keld"),  # not "the towns held four forts on the coast of Orvia"
])
def test_the_passage_introducing_a_name_ranks_first(harbour, question, sentence):
    assert place(harbour, question, sentence) == 0


@pytest.mark.parametrize(("question", "fact"), [
    ("Who was Wendle?", "the mayor of Tarrow"),
    ("Where is Orvia?", "the northern tip of the island of Senn"),
])
def test_the_answer_says_what_the_name_is(harbour, question, fact):
    assert says(harbour, question, fact)


@pytest.mark.parametrize(("question", "sentence"), [
    ("Who was Tom Brennan?", "Tom Brennan was elected reeve"),  # the aside of a later passage is no introduction
    ("Where is the Grey Fen?", "The Grey Fen lies south of Tarrow"),  # "On the Grey Fen, the floods ..." is none
])
def test_no_introduction_is_read_where_there_is_none(harbour, question, sentence):
    assert place(harbour, question, sentence) == 0


def test_another_of_the_same_surname_is_not_introduced():
    tutor = tutor_on(BARGES, "Salt barges")
    try:  # "Kit Fenwick, a carpenter of Keld" introduces Kit, not Ada
        assert place(tutor, "Who was Ada Fenwick?", "Ada Fenwick sailed") == 0
    finally:
        tutor.close()
