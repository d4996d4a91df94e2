"""A date blank whose wording has a month and whose other wording is its year alone ("{{March 1911|1911}}") takes
the year alone, but a month given is judged against the wording that has one: "April 1911" is another date, not the
year made more exact (chernobyl cloze-shelters). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TEXT = "The {{mill}} opened in {{March 1911|1911}} beside the {{weir}}."


def _right(answer: str) -> bool:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in TEXT.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=TEXT, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("answer", "right"), [
    ("mill, March 1911, weir", True),
    ("mill, 1911, weir", True),
    ("mill, Mar 1911, weir", True),
    ("mill, 3/1911, weir", True),
    ("mill, April 1911, weir", False),
    ("mill, December 1911, weir", False),
    ("mill, March 1912, weir", False),
    ("mill, 1912, weir", False),
])
def test_a_month_given_in_a_blank_whose_year_alone_is_enough(answer, right):
    assert _right(answer) is right
