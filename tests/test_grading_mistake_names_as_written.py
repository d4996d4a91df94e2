"""A known mistake that is a name in capitals is met by its own words only (round 43, found writing packs blind):
the pattern "the Royal Library" does not fail "the King's library at Elmsford", though "royal" and "king" are akin;
"the Royal Library", "the royal library in London" and a slip of it ("the Royal Libary") still meet it. Invented
card on where a map collection went."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

CARD = Card(id="maps", section="s", kind="short", prompt="Where did the old maps go?",
            answer="the King's library at Elmsford", accept=("Elmsford",),
            mistakes=(Mistake(("the Royal Library",), "That is where the charts went."),))
PACK = Pack(id="p", title="Maps", language="en", cards=(CARD,), sections=(Section("s", "Maps", (
    "The old maps went to the King's library at Elmsford; the charts went to the Royal Library in London.")),))


@pytest.mark.parametrize(("given", "right", "mistake"), [
    ("at the King's library at Elmsford", True, False),
    ("the King's library at Elmsford", True, False),
    ("the Royal Library", False, True),
    ("the royal library in London", False, True),
    ("the Royal Libary", False, True),
])
def test_a_name_pattern_met_by_its_own_words(given, right, mistake):
    verdict = Grader.for_pack(PACK).grade(CARD, given)
    assert bool(verdict.correct) is right, verdict.trace
    assert any("known mistake" in line for line in verdict.trace) is mistake, verdict.trace


@pytest.mark.parametrize(("given", "meets"), [
    ("at the King's library at Elmsford", False),
    ("the King's library", False),
    ("the Royal Library", True),
    ("the royal library in London", True),
    ("the Royal Libary", True),
])
def test_validate_sees_the_pattern_meet_only_its_name(given, meets):
    assert Grader.for_pack(PACK).mistake_matches(CARD, given, "the Royal Library") is meets
