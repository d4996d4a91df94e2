"""A deed done many times said in a phrase is "repeatedly" (`lexicon_phrasal.SAID_IN_ONE`): "the keel was bent
again and again", "over and over", "time after time", "time and again" make "the keel was bent repeatedly". Found on
the development packs (a cabin "pressurised over and over" for "repeated pressurisation"). A denial or another deed
stays wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

HULL = one_point("the keel was bent repeatedly by the waves", "Why did the keel of the Orlen barge split?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (HULL, "the waves bent the keel again and again", True),
    (HULL, "the keel was bent over and over by the waves", True),
    (HULL, "the keel was bent by the waves time after time", True),
    (HULL, "time and again the waves bent the keel", True),
    (HULL, "the waves never bent the keel again and again", False),
    (HULL, "the waves washed the keel again and again", False),
])
def test_a_deed_done_many_times(card, given, right):
    assert Grader().grade(card, given).correct is right
