"""Figures in a cloze's blanks: a number put on a blank's name that its wordings number otherwise names another
thing ("Заря-2" for {{Заря|Заря-1}}), and a blank's figure given in another unit than the text writes after the
blank is another measure ("8 мм" in "{{8}} см в год"); the unit the text writes, or none, is right. Invented
subjects (`grading.blank_figures`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.blank_figures import units_after_blanks
from studybot.core.packs import Card, Pack, Section


def test_the_word_after_each_blank():
    assert units_after_blanks("На {{Заре|Заре-1}} прошли {{8}} см/год и {{3}}.") == ("прошли", "см/год", "")


ROWS = [
    ("Заря, 8", True),
    ("Заря-1, 8", True),
    ("Заря-1, 8 см", True),
    ("Заря, 0,08 м", False),  # (the text writes the unit: a figure in another unit is not what the blank takes)
    ("Заря-2, 8", False),
    ("Заря, 8 мм", False),
    ("Заря, 8 км", False),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_a_blanks_figure_and_number(answer, right):
    card = Card(id="c", section="s", kind="cloze", prompt="Заполните пропуски.", answer="Заря, 8",
                text="Корабль {{Заря|Заря-1}} сдвигался на {{8}} см в год.", blanks=(("Заря", "Заря-1"), ("8",)))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Корабль Заря сдвигался."),),
                cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, answer).correct is right


A_FIGURE = [
    ("1790, rose, one penny", True),
    ("1790, rose, a penny", True),
    ("1790, rose, 1 penny", True),
    ("1790, rose, 20 pence", False),  # a figure given: judged on it, not on the unit's word of "a penny"
    ("1790, rose, 2 pennies", False),
    ("1790, rose, 12 pence", False),
]


@pytest.mark.parametrize(("answer", "right"), A_FIGURE)
def test_a_blank_written_as_a_figure_and_as_a_unit_with_a(answer, right):
    card = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer="1790, rose, one penny",
                text="From {{1790}} the toll {{rose|went up}} by {{one penny|1 penny|a penny}} a cart.",
                blanks=(("1790",), ("rose", "went up"), ("one penny", "1 penny", "a penny")))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="The toll rose."),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
