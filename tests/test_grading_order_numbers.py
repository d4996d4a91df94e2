"""Order cards answered by the numbers in any usual way: together ("4213"), with hyphens, commas, points after
them ("4. 2. 1. 3.") or between them ("4.2.1.3": no number has two points), and read against the order the
answerer saw. Another order or a missing number is not right. Invented cards (a railway's stations)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

LINE = Card(id="o", section="s", kind="order", prompt="Put the stations in the order the line reached them.",
            answer="", items=("Kirkby", "Ormskirk", "Aughton", "Maghull", "Sefton", "Lydiate"))
SHORT = Card(id="o", section="s", kind="order", prompt="Put the bridges in the order they were built.", answer="",
             items=("the timber bridge", "the stone bridge", "the iron bridge", "the concrete bridge"))


@pytest.mark.parametrize(("card", "given", "right"), [
    (LINE, "123456", True),
    (LINE, "1-2-3-4-5-6", True),
    (LINE, "1,2,3,4,5,6", True),
    (LINE, "1. 2. 3. 4. 5. 6.", True),
    (LINE, "1.2.3.4.5.6", True),
    (LINE, "1 2 3 4 5 6", True),
    (LINE, "123465", False),
    (LINE, "1.2.3.4.6.5", False),
    (LINE, "1. 2. 3.", False),  # half the items
    (LINE, "1.2.3.4.5", False),
    (SHORT, "1,2,3,4", True),
    (SHORT, "1.2.3.4", True),
    (SHORT, "2.1.3.4", False),
    (SHORT, "1.2", False),  # a decimal, not the items
])
def test_order_numbers_as_listed(card, given, right):
    assert Grader().grade(card, given, shown=card.items).correct is right


def test_numbers_refer_to_the_order_shown():
    shown = tuple(reversed(LINE.items))
    assert Grader().grade(LINE, "6.5.4.3.2.1", shown=shown).correct
    assert not Grader().grade(LINE, "1.2.3.4.5.6", shown=shown).correct
