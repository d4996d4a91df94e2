"""A level said in the comparative: "lower taxes" makes the point "low taxes", "fees were higher" makes "high fees",
where nothing is compared with anything named (`grading.degrees._LEVELS`), as "cheaper food" makes "cheap food".
Only one way: a point that says the comparative ("taxes were lower", a change or a comparison) is not made by the
plain level. The other level, or a comparison with a named thing ("lower than in 1900"), is not read so. Invented
subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

ROWS = [
    ("low taxes and fees", "lower taxes and fees", True),
    ("low taxes and fees", "taxes and fees were lower", True),
    ("the tolls were high", "the tolls were higher", True),
    ("the tolls were high", "higher tolls", True),
    ("low taxes and fees", "higher taxes and fees", False),  # the other level
    ("the tolls were high", "the tolls were lower", False),
    ("low taxes and fees", "taxes and fees were lower than in 1900", False),  # compared with a named thing
    ("the tolls were lower", "the tolls were low", False),  # a comparison is no plain level
    ("the tolls were higher", "the tolls were high", False),
    ("low taxes and fees", "taxes and fees were not lower", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), ROWS)
def test_a_level_said_in_the_comparative(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
