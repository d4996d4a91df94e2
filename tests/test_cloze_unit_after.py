"""A cloze blank's figure given with the unit the text writes after the blank is the figure ("6.5 m" or "6.5m" for
"{{6.5}} metres", though "m" alone may also be read as millions); another unit, another figure, or more words than
the figure and its unit are not. Invented subjects (`grading.blank_figures.in_unit_after`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

ROWS = [
    ("6.5, 18", True),
    ("6.5 m, 18", True),
    ("6.5m, eighteen", True),
    ("6.5 metres, 18", True),
    ("6.5 km, 18", False),
    ("65 m, 18", False),
    ("650 cm, 18", False),  # (the text writes the unit: another unit is not what the blank takes)
    ("6.5 ft, 18", False),
    ("6.5 million, 18", False),
    ("6.5 m of brass, 18", False),
    ("6.5 m, 18 m", False),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_a_blanks_figure_with_the_text_s_unit(answer, right):
    card = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer="6.5, 18",
                text="The bell tower is {{6.5}} metres wide and has {{18}} bells.", blanks=(("6.5",), ("18",)))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="The bell tower is wide."),),
                cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
