"""Who is too much for whom (`grading.too_for`): "A was too small for B" compares A with B, so "B was too small for
A" says another thing, on a keypoint as on a short card, and so does the quality turned round with the two kept ("A
was too big for B"); the point said again, said without its second term, or with the other point's things kept in
their places stays right, and "too shallow for big ships to reach the quay" (what the ships could not do) is not
read as a comparison. Invented harbours, ropes and quays."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain, short

NOTES = ("The harbour of Velmar was too small for the new grain ships. The old rope was too weak for the iron anchor. "
         "The bay was too shallow for big ships to reach the quay.")
POINT = explain("the harbour was too small for the grain ships", prompt="Why did the grain ships not use Velmar?")
TWO = explain("the harbour was too small for the grain ships", "the rope was too weak for the anchor",
              prompt="What went wrong at Velmar?")
SHORT = short("the harbour was too small for the grain ships", prompt="Why did the grain ships not use Velmar?")
BAY = explain("the bay was too shallow for big ships to reach the quay", prompt="Why did big ships stay out?")

ROWS = [
    (POINT, "the grain ships were too small for the harbour", False),
    (POINT, "the ships were too small for the harbour", False),
    (POINT, "the harbour was too big for the grain ships", False),
    (POINT, "the harbour was too small for the grain ships", True),
    (POINT, "the harbour was too small for them", True),
    (POINT, "the harbour was too small", True),
    (TWO, "the grain ships were too small for the harbour and the anchor was too weak for the rope", False),
    (TWO, "the harbour was too small for the ships, the rope too weak for the anchor", True),
    (SHORT, "the grain ships were too small for the harbour", False),
    (SHORT, "ships too small for harbour", False),
    (SHORT, "harbour too small for ships", True),
    (SHORT, "the harbour was too small for the grain ships", True),
    (BAY, "the bay was too shallow for big ships to reach the quay", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_the_two_sides_of_too_for(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="en")
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
