"""A letter beside the word it abbreviates labels that word ("the Reserve (R) group", "R - Reserve", "Quercus
(Q. robur)"); a letter beside no such word names another thing ("both P and S waves" for "S waves"). Invented
subjects (`grading.labels`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

ROWS = [
    ("Reserve", ("the Reserve group",), "the Reserve (R) group", True),
    ("Reserve", ("the Reserve group",), "R - Reserve", True),
    ("Reserve", ("the Reserve group",), "Reserve (R)", True),
    ("Quercus", ("a Quercus tree",), "a Quercus (Q. robur)", True),
    ("S waves", (), "S waves", True),
    ("S waves", (), "P and S waves", False),
    ("S waves", (), "both P and S waves", False),
    ("Reserve", ("the Reserve group",), "Reserve and W", False),
]


@pytest.mark.parametrize(("answer", "accept", "given", "right"), ROWS)
def test_a_letter_beside_its_word_labels_it(answer, accept, given, right):
    card = short(answer, *accept, prompt="Which group is kept for the last resort?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, given).correct is right
