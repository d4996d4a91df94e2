""""little" and "few" before the noun they count say how much of that noun, nothing of the words before them: "the
narrow pass lets little snow through" still says the pass is narrow (before, "little" three words on was read as
"the pass is little", as in "ideas are few", and the point about the narrow pass failed); "little snow" stays a
negation of quantity, and "few"/"little" closing a predicate ("the wagons were few") still deny what they follow.
Invented subjects (`language.negations_after`)."""

from __future__ import annotations

import pytest

from tests.cards import explain, one_point

PASS = one_point("the pass over the ridge is narrow", "Why do the herds winter in the valley?")
HARBOUR = one_point("the harbour at Veldt is shallow", "Why did the big ships avoid Veldt?")
SNOW = one_point("little snow gets through the pass", "Why is the valley dry in winter?")
WAGONS = one_point("the wagons were many", "Why did the fair last a week?")
BOTH = explain("the pass over the ridge is narrow", "little snow gets through", prompt="Why is the valley dry?")

ROWS = [
    (PASS, "the narrow pass over the ridge lets little snow in", True),
    (PASS, "the narrow pass over the ridge lets few herds through", True),
    (PASS, "the pass over the ridge is narrow, so little snow gets in", True),
    (PASS, "the pass over the ridge is wide and lets much snow in", False),
    (PASS, "the pass over the ridge is not narrow", False),
    (HARBOUR, "the shallow harbour at Veldt had few berths", True),
    (HARBOUR, "the harbour at Veldt is not shallow and has few berths", False),
    (SNOW, "little snow gets through the pass", True),
    (SNOW, "much snow gets through the pass", False),
    (WAGONS, "the wagons were few", False),  # closing its predicate, "few" still denies "many"
    (BOTH, "the narrow pass over the ridge lets little snow through", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_few_before_its_noun_counts_that_noun(card, answer, right):
    from studybot.core.grading import grade

    assert grade(card, answer).correct is right, answer
