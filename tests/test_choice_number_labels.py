"""Options told apart by a number in their words ("bar No. 6", "bar No. 21"), from round 27's report (an invented
card): a bare figure or one after "number", "No." names the one option that holds it, whatever its place in the
list ("6" is not the sixth option, "21" not out of range); a figure no option holds picks none."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

BARS = Grader(language="en", texts=("Bar No. 6 was kept in the vault; bars No. 21 and No. 9 went to the mint.",))
CARD = Card(id="b", section="s", kind="choice", prompt="Which bar was kept in the vault?", answer="bar No. 6",
            options=("bar No. 6", "bar No. 21", "bar No. 9"))


@pytest.mark.parametrize(("given", "right"), [
    ("6", True),
    ("number 6", True),
    ("No. 6", True),
    ("a", True),
    ("21", False),  # the second option's number
    ("number 21", False),
    ("2", False),  # no option holds it (not the second option's place: the options are numbered by their words)
    ("7", False),
])
def test_a_number_that_labels_an_option(given, right):
    assert BARS.grade(CARD, given).correct is right
