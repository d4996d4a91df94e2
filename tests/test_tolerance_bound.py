"""A figure right at the edge of a card's tolerance is within it, though the difference of two decimals is not exact
in binary (7.9 - 7.8 is 0.10000000000000053): "7.8" answers 7.9 ± 0.1, "7.7" does not. Invented subjects
(`quantities.Quantity.matches`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import numeric

ROWS = [
    (7.9, "", 0.1, "7.8", True),
    (7.9, "", 0.1, "magnitude 8.0", True),
    (7.9, "", 0.1, "7.9", True),
    (7.9, "", 0.1, "7.7", False),
    (7.9, "", 0.1, "8.1", False),
    (0.3, "", 0.1, "0.2", True),
    (0.3, "", 0.1, "0.4", True),
    (0.3, "", 0.1, "0.19", False),
    (1.1, "%", 0.2, "1.3%", True),
    (1.1, "%", 0.2, "1.4%", False),
]


@pytest.mark.parametrize(("value", "unit", "tolerance", "answer", "right"), ROWS)
def test_a_figure_at_the_edge_of_the_tolerance(value, unit, tolerance, answer, right):
    card = numeric(value, unit, f"{value}{unit}", tolerance)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
