"""A question that asks for a date by a noun for a time ("what date was X?", "which year was X?") is answered by the
sentence that dates X, as "when was X?" is: the noun says what kind of answer is wanted and is no word the passage
must say ("On Sowing Day, that is 22 April 1794, ..."), as a year or a month in the question dates it
(`ranking._dating`). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

VELL = ("The guild of Vell kept its own calendar of feast days.\n\n"
        "On Sowing Day, that is 22 April 1794, the masters of the guild met in the hall to choose a new warden. "
        "On the next day, Reaping Eve (23 April 1794), the warden was shouted down by the journeymen.\n")


@pytest.fixture(scope="module")
def vell() -> Tutor:
    return tutor_on(VELL, "Vell guild", section_title="The guild's calendar")


@pytest.mark.parametrize(("question", "fact"), [
    ("What date was Sowing Day?", "22 April 1794"),
    ("what date was reaping eve?", "23 April 1794"),
    ("When was Sowing Day?", "22 April 1794"),  # as "when" asks it
])
def test_a_date_asked_by_its_noun_is_answered(vell: Tutor, question: str, fact: str) -> None:
    assert says(vell, question, fact)


def test_a_date_of_something_the_notes_never_date_is_declined(vell: Tutor) -> None:
    assert vell.ask("What date was Harvest Night?").kind == "decline"
