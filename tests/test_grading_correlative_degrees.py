"""A point that ties one quality to another ("the farther a comet is from the sun, the faster it moves") is made only
by an answer that still says both qualities: read in the plain degree (`grading.degrees`), such a point loses the
tie, and what is left ("a comet moves round the sun") does not make it; and a comparative said in place of its
opposite ("nearer" for "farther", "shallower" for "deeper") turns the point round where it is made in part
(`meaning.opposite_in_any_sense`). Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.meaning import opposite_in_any_sense
from tests.cards import explain

COMET = explain("most comets circle the sun", "the farther a comet is from the sun, the faster it moves", need=2,
                prompt="What happens?")
BOATS = explain("the boats left the bay", "the farther a boat is from the bay, the faster it moves away", need=2,
                prompt="What happened?")
WELL = explain("the well water is cold", "the deeper the well, the colder its water", need=2,
               prompt="What is the water of the wells like?")

ROWS = [
    (COMET, "most comets circle the sun, and a comet moves round the sun", False),  # the tie left out
    (COMET, "most comets circle the sun, and the farther from the sun a comet is, the faster it goes", True),
    (COMET, "most comets circle the sun and the nearer comets move faster", False),  # turned round
    (BOATS, "the boats left the bay and moved away", False),
    (BOATS, "the boats left the bay, and far boats move away fast", True),  # both qualities, in the plain degree
    (BOATS, "the boats left the bay, and the more distant boats moved away faster", True),
    (WELL, "the well water is cold and deep wells have colder water", True),
    (WELL, "the well water is cold", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_tie_of_two_qualities_is_made_only_with_both(card, answer, right):
    assert Grader().grade(card, answer).correct is right


@pytest.mark.parametrize(("a", "b", "opposite"), [
    ("farther", "nearer", True), ("farther", "closer", True), ("deeper", "shallower", True),
    ("colder", "hotter", True), ("colder", "cooler", False), ("farther", "near", False),  # another degree
    ("nearest", "farther", False),
])
def test_comparatives_of_opposites_are_opposites(a, b, opposite):
    assert opposite_in_any_sense(a, b) is opposite
