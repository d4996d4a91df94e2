"""A time of day says when ("met on fixed evenings", "attacked at dawn"), as a month or a season does, so it answers
"when did X meet?" where the notes give no date (`lexicon.TIME_WORDS`). Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def guild():
    return tutor_on(
        "The weavers of Velden formed a guild of their own.\n"
        "The guild met in the back room of the Swan inn on fixed evenings.\n"
        "The guild fixed the price of cloth and kept its own rules.\n"
        "Raiders from Arn attacked the guild's storehouse at dawn.", "The weavers' guild")


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the guild meet?", "on fixed evenings"),
    ("When did the raiders attack the storehouse?", "at dawn"),
])
def test_a_time_of_day_says_when(guild, question: str, fact: str) -> None:
    assert says(guild, question, fact)
