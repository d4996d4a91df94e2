"""A choice said in the learner's own sentence (round 61, issue #11) picks the one option, a statement of three content
words or more, that the sentence makes as a keypoint, where it makes no other and says no word of another option's
own (`choice_points`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.choice_points import option_cards, option_made
from studybot.core.packs import Card

EN = Grader(language="en")


GOVERNOR = Card(id="c", section="s", kind="choice",
                prompt="What do most historians say about the charge against the governor?",
                options=("they reject it, but say his help was too little and too late", "they accept it fully",
                         "they say he did nothing wrong at all", "they have never looked at it"),
                answer="they reject it, but say his help was too little and too late")


@pytest.mark.parametrize(("given", "right"), [
    ("most reject the charge but say the help came too late and was too small", True),  # the option as a keypoint
    ("most accept the charge", False),
    ("most reject the charge", False),  # half the option
    ("a or b", False),
])
def test_a_choice_restated_as_its_option_made_as_a_keypoint(given, right):
    assert EN.grade(GOVERNOR, given).correct is right


def test_the_option_made_is_one_statement_and_the_only_one():
    options = [EN.prep(o) for o in ("they reject it, but say his help was too little", "they accept it fully",
                                    "in Paris")]
    got = EN.prep("most reject the charge")
    cards = option_cards(GOVERNOR)[:3]
    assert option_made(got, options, cards, lambda c: c is cards[0]) == 0
    assert option_made(got, options, cards, lambda c: c in (cards[0], cards[1])) is None  # two options made
    assert option_made(got, options, cards, lambda c: c is cards[2]) is None  # "in Paris": a name, not a statement
    assert option_made(EN.prep("they accept it fully, or reject it"), options, cards, lambda c: c is cards[0]) is None
