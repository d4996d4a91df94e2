""""When was the X Act passed?": the year written right after a law's or a treaty's name ("the Smoke Control Act
1934") dates its making, though the passage never says "passed" (`named_years`); another event of it ("repealed")
is not dated so. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def act() -> Tutor:
    return tutor_on(
        "The haze of 1931 led to new laws in Ostrel.\n"
        "The Smoke Control Act 1934 banned open coal fires in the town centre.\n"
        "Factories had to build tall chimneys.\n"
        "\n"
        "The council gave grants to households to convert their grates to gas.\n", title="Ostrel")


@pytest.mark.parametrize("question", [
    "When was the Smoke Control Act passed?",
    "When was the Smoke Control Act introduced?",
    "when was the smoke control act adopted",
])
def test_a_law_dated_by_its_name(act, question):
    assert says(act, question, "Act 1934")


@pytest.mark.parametrize("question", [
    "When was the Smoke Control Act repealed?",  # another event of it
    "When was the Clean Water Act passed?",  # another law
])
def test_what_the_name_does_not_date_is_declined(act, question):
    assert act.ask(question).kind == "decline"
