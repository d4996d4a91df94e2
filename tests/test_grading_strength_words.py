"""Strong" and "powerful" say one thing of any subject (`lexicon.SYNONYMS`): WordNet keeps them apart (each is
the head of its own cluster), so a learner's "powerful magnets" failed "strong magnets". Its opposite still fails.
Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import one_point

MAGNETS = one_point("the new motors use strong magnets", "Why are the new motors smaller?")
TIDES = one_point("powerful tides scoured the channel", "What shaped the channel?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (MAGNETS, "they use powerful magnets", True),
    (MAGNETS, "the new motors use very powerful magnets", True),
    (MAGNETS, "they use weak magnets", False),
    (MAGNETS, "they use no magnets", False),
    (TIDES, "strong tides scoured it", True),
    (TIDES, "weak tides scoured the channel", False),
])
def test_strong_and_powerful_are_one_word(card, given, right):
    assert Grader().grade(card, given).correct is right
