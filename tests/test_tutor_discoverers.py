""""Who discovered X?", "who invented X?" ask for the pioneer, as "who first ...?" does: a passage naming only a
class of people ("healthy people have also found it in shops") names no discoverer, and the tutor declines; a person
named still answers. Invented notes."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

NOTES = ("Serious chest infections are usually treated with velmorin, given through a drip.\n\n"
         "Velmorin was at first a hospital drug, but since the 1990s healthy people have also found it in shops.\n\n"
         "The lamp oil was invented by the chemist Ada Venn in 1820.")
TUTOR = tutor_on(NOTES, "Notes")

ROWS = [
    ("Who discovered velmorin?", None),  # a class of people only
    ("who invented velmorin", None),
    ("Who invented the lamp oil?", "Ada Venn"),
]


@pytest.mark.parametrize(("question", "fact"), ROWS, ids=[q for q, _ in ROWS])
def test_discoverer_is_no_class_of_people(question, fact):
    assert TUTOR.ask(question).kind == "decline" if fact is None else says(TUTOR, question, fact)
