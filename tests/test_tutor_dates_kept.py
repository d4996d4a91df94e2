"""Three readings of an English question that found no passage before (invented notes, of no pack):

- "by what year ...?" asks for a date, as "in what year" does, not a figure ("by what amount" still asks a figure);
- "where is X now?" is met by a sentence saying where X is kept now ("X is displayed at ...", "X is housed in ..."),
  a present state, as "X still stands" is;
- in a pack about a thing named after a person (the pack's subject, "the Vell Telescope" after "Anna Vell"), a passage
  that names no person at all speaks of the subject ("The whole telescope weighed ..."): a question naming the subject
  is met by it. Not in a pack that writes the name only of the person."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Vell Telescope was named after Anna Vell, an astronomer from Kessa.
Glassmakers in Dunmore were casting lenses of coloured glass by 1412.
The old lens of the telescope was taken down in 1890.
The old lens is displayed at the Museum of Kessa.
The tube is made of riveted iron plates.

The whole telescope is about nine metres long and weighed about four tonnes when it was finished.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Vell Telescope", section_title="Building the instrument")


@pytest.mark.parametrize(("question", "numeric", "dated"), [
    ("By what year were glassmakers in Dunmore casting lenses?", False, True),
    ("by what date was the old lens taken down?", False, True),
    ("By what amount did the lens shrink?", True, False),  # a figure, as before
])
def test_by_what_year_asks_a_date(tutor: Tutor, question: str, numeric: bool, dated: bool) -> None:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert (asked.wants.numeric, asked.wants.dated) == (numeric, dated)


@pytest.mark.parametrize(("question", "fact"), [
    ("By what year were glassmakers in Dunmore casting lenses?", "1412"),
    ("Where is the old lens now?", "Museum of Kessa"),
    ("How much did Vell weigh when it was finished?", "four tonnes"),
])
def test_answered(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


def test_a_person_only_needs_naming() -> None:
    notes = NOTES.replace("The Vell Telescope was", "The telescope was")  # Vell names only the astronomer
    tutor = tutor_on(notes, "Anna Vell", section_title="Building the instrument")
    assert not says(tutor, "How much did Vell weigh when it was finished?", "four tonnes")
