"""A keypoint's noun of time or place before its clause ("the time the letter was posted", "the place where the mill
stood") said with the clause's question word ("when the letter was posted", "where the mill stood";
`grading.clause_nouns`, issue #11): only with that word before the clause's words; the clause alone, another
clause, another question word, a denial and "the time it takes" (a duration) stay wrong. Invented cards (a letter, a
mill, a kettle)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, en_variants
from tests.cards import explain

LETTER = explain("the time the letter was posted", prompt="What does the postmark show?")
SIGNAL = explain("the exact time that the signal was sent", prompt="What does the beacon's message give?")
MILL = explain("the place where the mill stood", prompt="What does the old map show?")
OPENED = explain("the date the mill opened", prompt="What does the plaque record?")
KETTLE = explain("the time it takes to boil", prompt="What does the gauge measure?")

ROWS = [
    (LETTER, "when the letter was posted", True),
    (SIGNAL, "exactly when the signal was sent", True),  # (made before too: "exactly" for "the exact time")
    (MILL, "where the mill stood", True),
    (OPENED, "when the mill opened", True),
    (LETTER, "the letter was posted", False),  # no time said
    (LETTER, "when the letter was burned", False),
    (LETTER, "when the parcel was posted", False),
    (LETTER, "when the letter was not posted", False),
    (MILL, "when the mill stood", False),  # a time for a place
    (MILL, "where the barn stood", False),
    (KETTLE, "when it boils", False),  # a duration, not a time
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_of_time_or_place_said_by_its_clause(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(row[0], row[1]) for row in ROWS if row[2] and row[0] is not SIGNAL])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(en_variants, "clause_wordings", lambda wordings, got: ())
    assert not Grader().grade(card, given).correct
