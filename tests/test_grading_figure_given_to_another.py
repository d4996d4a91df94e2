"""A numeric answer whose own (first) figure is wrong and whose right figure stands in a later clause that gives it
to another owner ("2 bonds, while the other pair has 3" for 3) is wrong (`grading.figure_owners`); the right figure
first with another owner's figure after it stays right, and a hyphen between letters ("P-Q") offers no second
figure ("3 bonds, P-Q only has 2"), while "3-4" still does. A year before the figure and a correction are no other
owner. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

GRADER = Grader()
LOCKS = numeric(3, "", "three", prompt="How many bolts hold the main gate of the fort shut?")
BOATS = numeric(38, "boats", "38 boats", prompt="How many boats were built at the yard that year?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (LOCKS, "3", True),
    (LOCKS, "3 bolts, the side gate only has 2", True),
    (LOCKS, "3 bolts, the P-Q gate only has 2", True),  # a hyphen between letters: no span of figures
    (LOCKS, "3, while the side gate has 2", True),
    (LOCKS, "three (the side gate has two)", True),
    (LOCKS, "2 bolts, the side gate only has 3", False),  # the right figure is another gate's
    (LOCKS, "2, while the side gate has 3", False),
    (LOCKS, "2 bolts; the P-Q gate has 3", False),
    (LOCKS, "2 or 3", False),
    (LOCKS, "3-4 bolts", False),
    (LOCKS, "not 2 but 3", True),  # a correction
    (BOATS, "In 1935, the yard's count was 38", True),  # a year is no other owner
    (BOATS, "38, while the other yard had 12", True),
    (BOATS, "12, while the other yard had 38", False),
])
def test_a_figure_given_to_another(card, given, right):
    assert GRADER.grade(card, given).correct is right
