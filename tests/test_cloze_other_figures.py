"""A cloze of figures answered in another layout ("every blank found in the answer") is not right when the answer
gives a figure no blank holds: "40 and later 60, 300" for "{{40}} cars ... {{300}} carts" takes in a claim of its
own. Its blanks' figures alone, in pieces or in a sentence, stay right. Invented ferry and bridge."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TRAFFIC = Card(id="c", section="s", kind="cloze", prompt="", answer="",
               text="The ferry carried {{40}} cars and the bridge took {{300}} carts a day.",
               blanks=(("40",), ("300",)))


@pytest.mark.parametrize(("given", "right"), [
    ("40 and later 60, 300", False),
    ("40, 300", True),
    ("40 cars, 300 carts", True),
])
def test_a_figure_no_blank_holds(given: str, right: bool) -> None:
    grader = Grader.for_pack(Pack(id="p", title="p", sections=(Section("s", "S", "notes"),), cards=()))
    verdict = grader.grade(TRAFFIC, given)
    assert verdict.correct is right, verdict.trace
