"""(issue #11) "help" before the verb of a deed may be left out of a point said in a learner's own words: "the flood
helped wreck the mill" is made by "the flood wrecked the mill" (`grading.plainer`). Another deed, the deed denied or
another thing still fail, and "help" before who was helped stays. Invented cards on a treaty, a plague, a mill and a
guild."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.plainer import plainer_wordings
from tests.cards import accepting, explain

# (wordings of two words beside the question's: no other rule makes them with a word left out, `all_but_one`)
TREATY = accepting("it was one reason the war came to a close", "it helped end the war",
                   prompt="What did the treaty mean for the war?")
PLAGUE = accepting("the plague was one cause of the revolt", "the plague helped to spark the revolt",
                   prompt="What did the plague have to do with the revolt?")
MILL = explain("the flood helped wreck the mill", prompt="What happened in the valley in 1820?")
TOWN = explain("the guild helped the town", prompt="What did the guild do?")

ROWS = [
    (TREATY, "it ended the war", True),
    (TREATY, "the treaty ended the war", True),
    (TREATY, "it helped to end the war", True),
    (TREATY, "it did not end the war", False),  # denied
    (TREATY, "it prolonged the war", False),  # another deed
    (TREATY, "it started the war", False),
    (PLAGUE, "the plague sparked the revolt", True),
    (PLAGUE, "the plague sparked off the revolt", True),
    (PLAGUE, "the plague did not spark the revolt", False),
    (PLAGUE, "the plague crushed the revolt", False),
    (MILL, "the flood wrecked the mill", True),
    (MILL, "the flood repaired the mill", False),
    (MILL, "the flood wrecked the bridge", False),  # another thing
    (TOWN, "the guild helped the town", True),
    (TOWN, "the guild ruled the town", False),  # who was helped is no deed: "help" stays
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_helped_in_own_words(card, answer, right):
    assert Grader().grade(card, answer).correct is right


@pytest.mark.parametrize(("wording", "plainer"), [
    ("the spring flood helped wreck the old mill", ["the spring flood wreck the old mill"]),
    ("the storms helped to block the harbour", ["the storms block the harbour"]),
    ("the guild helped the town", []),  # no verb after it
    ("the guild helped them escape", []),  # an object first
    ("with the help of the guild", []),
])
def test_help_left_out_before_a_verb(wording, plainer):
    assert list(plainer_wordings((wording,), "en")) == plainer
