"""A correction written without its comma (`answers.correction`, issue #11): "Y not X" between two things ("drank cider
not water", "bronze not iron") asserts Y, as "Y, not X" does, on a short or choice card answered in a learner's own
sentence; a "not" after a word of grammar ("they did not") or before a verb's inflected form ("eggs not fertilised",
"workers not paid") denies, and corrects nothing. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.answers import correction
from studybot.core.packs import Card
from tests.cards import short

FEVER = Card(id="c", section="s", kind="choice", prompt="Which group in the village escaped the fever?",
             options=("the miners, who drank cider", "the widow at the mill", "the family by the well",
                      "the town council"),
             answer="the miners, who drank cider")
BELL = short("bronze", prompt="What was the bell made of?")

ROWS = [
    (FEVER, "the men from the mine since they drank cider not water", True),
    (FEVER, "the family since they drank water not cider", False),
    (BELL, "bronze not iron", True),
    (BELL, "it was made of bronze not brass", True),
    (BELL, "the bronze ones not the iron ones", True),
    (BELL, "iron not bronze", False),
    (BELL, "not bronze", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_correction_without_its_comma(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("text", "said", "denied"), [
    ("drank cider not water", "drank cider", "water"),
    ("bronze not cast iron", "bronze", "cast iron"),
    ("they did not", "", ""),  # a word of grammar before "not"
    ("eggs not fertilised", "", ""),  # a verb's form after it
    ("workers not paid", "", ""),
    ("he agreed not to sign", "", ""),
    ("the tower was not built", "", ""),
    ("wanted, yet not the most urgent", "", ""),  # a connective and a word of degree around it
    ("useful though not always needed", "", ""),
])
def test_read_as(text, said, denied):
    assert correction(text, "en") == (said, denied)
