"""A noun of stopping stops only what "to", "of", "against" or "on" joins to it (issue #11): "a kettle of high
resistance draws a small current" names a property of the kettle, so an answer that says the kettle draws a small
current, with no word of stopping, is no opposite aim; "resistance to the vaccine spread" still stops the vaccine,
and a verb of stopping ("the dam stops the river flooding") still stops what follows it. Invented cards; each row
says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

HEATER = one_point("a heater of high resistance draws only a small current", "What does each heater do?")
CABLE = one_point("a cable of low resistance carries a large current", "What happens in the cable?")
VACCINE = one_point("resistance to the vaccine spread quickly", "What happened in the herd?")
FLOOD = one_point("prevention of flooding saved the town", "What saved the town?")
DAM = one_point("the dam stops the river flooding", "What does the dam do?")

ROWS = [
    (HEATER, "each heater draws a small current", True),
    (HEATER, "a heater draws only a small current", True),
    (HEATER, "it draws only a small current because its resistance is high", True),
    (HEATER, "the heater draws a large current", False),
    (HEATER, "each heater draws a huge current", False),
    (CABLE, "the cable carries a large current", True),
    (CABLE, "the cable carries a small current", False),
    (CABLE, "each cable carries a large current", True),
    (VACCINE, "resistance to the vaccine spread fast", True),
    (VACCINE, "the vaccine spread quickly", False),  # what the resistance was to, said spreading
    (FLOOD, "flooding saved the town", False),
    (FLOOD, "preventing floods saved the town", True),
    (DAM, "the river keeps flooding", False),  # a verb of stopping still stops its deed
    (DAM, "it stops the river from flooding", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_of_stopping_stops_what_is_joined_to_it(card, given, right):
    assert Grader(language="en").grade(card, given).correct is right
