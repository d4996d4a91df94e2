"""A slip in a short word of a name whose other words are given as written ("sir robert keal" for "Sir Robert
Keel", "Temir Bek" for "Temir Beg") is that name, misspelt; two words slipped, a letter no learner would hit or
hear instead, the name's other words missing, or an acronym's letters are not. Invented people
(`grading.name_slips`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

GRADED = [
    (("Sir Robert Keel", "Robert Keel"), "sir robert keal", True),
    (("Sir Robert Keel", "Robert Keel"), "Robert Keal", True),
    (("Sir Robert Keel", "Robert Keel"), "Robert Keen", False),  # n is no slip of l: far apart, unlike in sound
    (("Sir Robert Keel", "Robert Keel"), "Robert Kees", False),
    (("Sir Robert Keel", "Robert Keel"), "keal", False),  # nothing of the name around it
    (("Sir Robert Keel", "Robert Keel"), "Richard Keal", False),
    (("Temir Beg", "Temir Beg, khan of the Horde"), "Temir Bek", True),
    (("Temir Beg", "Temir Beg, khan of the Horde"), "Temir Bok", False),  # two letters
    (("Temir Beg", "Temir Beg, khan of the Horde"), "Timur Bek", False),  # two words slipped
    (("Organisation for European Economic Co-operation", "OEEC"), "EEC", False),  # another acronym
]


@pytest.mark.parametrize(("wordings", "answer", "right"), GRADED)
def test_a_slip_in_a_short_word_of_a_name(wordings, answer, right):
    card = short(*wordings, prompt="Who carried the repeal through the council?")
    assert Grader().grade(card, answer).correct is right
