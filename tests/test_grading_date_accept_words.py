"""A date card's `accept` may hold a wording with no date in it ("85", "the year of the flood"): an instructor's
other complete answer, taken as written (a date in an `accept` wording is still read as a date: `test_dates`).
Nothing else is widened: another bare number, or the wording inside a longer answer, stays wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

CARD = Card(id="d", section="s", kind="date", prompt="When did the mill close?", answer="1985", date="1985",
            precision="year", accept=("85", "the year of the flood"))


@pytest.mark.parametrize(("answer", "right"), [
    ("85", True),
    ("The year of the flood", True),
    ("1985", True),
    ("'85", True),
    ("86", False),
    ("1986", False),
    ("85 or 86", False),
    ("the year after the flood", False),
])
def test_a_date_cards_accept_without_a_date(answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(CARD,))
    assert Grader.for_pack(pack).grade(CARD, answer).correct is right
