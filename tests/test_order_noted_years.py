"""An order answer of the items' numbers followed by a note in brackets that gives figures which are none of the
items' numbers nor figures of the items ("1 2 3 4 5 (1896 to 1928)": the years the order spans) reads the numbers as
the order, as a note of words is read; a note with an item's number ("(3 before 2)") may correct the order, and is
not passed over. Reported by an instructor: "recognised 0 of 5 items". Invented dams and bridges."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

WORKS = Card(id="o", section="s", kind="order", prompt="Put the works on the Harwick river in order.", answer="",
             items=("the first weir", "the lock", "the canal cut", "the iron bridge", "the tunnel"))
DATED = Card(id="d", section="s", kind="order", prompt="Put the works in order.", answer="",
             items=("the weir of 1896", "the lock", "the bridge of 1928"))
EN = Grader.for_pack(Pack(id="p", title="p", sections=(Section("s", "S", "notes"),), cards=(WORKS, DATED)))


@pytest.mark.parametrize(("given", "right"), [
    ("1 2 3 4 5 (1896 to 1928)", True),
    ("1 2 3 4 5 (from 1896 to 1928)", True),
    ("1 2 3 4 5 (1896-1928)", True),
    ("1, 2, 3, 4, 5 (1896 to 1928)", True),
    ("1 2 3 4 5 (the weir first)", True),
    ("1 2 4 3 5 (1896 to 1928)", False),
    ("1 2 3 4 5 (3 before 2)", False),
])
def test_a_note_of_years_after_the_numbers(given: str, right: bool) -> None:
    verdict = EN.grade(WORKS, given, shown=WORKS.items)
    assert verdict.correct is right, verdict.trace


def test_a_note_with_an_items_figure_is_not_passed_over() -> None:
    verdict = EN.grade(DATED, "1 2 3 (1928 first)", shown=DATED.items)
    assert verdict.trace != ("all items in order",)
