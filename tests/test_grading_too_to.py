""""Too ADJ (for X) to V" says V cannot be done: "the river was too shallow for big ships to reach the quay" makes "big
ships could not reach the quay", and denies "big ships could reach the quay"; "too" as "also" denies nothing
(`phrases.rewrite_negatives`). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.phrases import rewrite_negatives
from tests.cards import explain

NOT_REACHED = explain("big ships could not reach the quay", prompt="Why did the port decline?")
REACHED = explain("big ships could reach the quay", prompt="What changed after the dredging?")
NOT_LIFTED = explain("the men could not lift the crate", prompt="Why was the crate left behind?")

ROWS = [
    (NOT_REACHED, "the river was too shallow for big ships to reach the quay", True),
    (NOT_REACHED, "big ships were too big to reach the quay", True),
    (NOT_REACHED, "big ships reached the quay too", False),
    (NOT_REACHED, "the quay was easy for big ships to reach", False),
    (REACHED, "the river was too shallow for big ships to reach the quay", False),
    (REACHED, "big ships could reach the quay", True),
    (NOT_LIFTED, "the crate was too heavy for the men to lift", True),
    (NOT_LIFTED, "the men could lift the crate", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_too_much_to_do_it(card, answer, right):
    assert Grader(language="en").grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("too shallow for the ships to reach it", "too shallow so the ships can not reach it"),
    ("too weak to fight", "too weak so can not fight"),
    ("not too weak to fight", "not too weak to fight"),  # after a negation it can
    ("too close to china", "too close to china"),  # a nearness: "to" takes a noun (the bundled pack's example)
    ("too open to attack", "too open to attack"),
    ("too close for the guns to fire", "too close so the guns can not fire"),
    ("they came too", "they came too"),
])
def test_how_too_to_is_read(text, read):
    assert rewrite_negatives(text, language("en")) == read
