"""Things set close said by how they are crowded (`lexicon_composition.COMPOSED_OF`, issue #11): "squashed
together", "pressed together", "jammed together", "bunched together", "clustered together" are "close together" as
"squeezed together" and "packed together" are, so each makes the other; things set apart do not. Invented cards
(bales in a loft, sheep in a pen)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

BALES = explain("the bales were squeezed together", prompt="Why did the loft overheat?")
SHEEP = explain("the sheep were packed together", prompt="Why did the disease spread in the pen?")

ROWS = [
    (BALES, "the bales were squashed together", True),
    (BALES, "the bales were pressed together", True),
    (SHEEP, "the sheep were jammed together", True),
    (SHEEP, "the sheep were bunched together", True),
    (SHEEP, "the sheep were clustered together", True),
    (explain("the bales were squashed together", prompt="Why did the loft overheat?"),
     "the bales were squeezed together", True),
    (BALES, "the bales were spread apart", False),
    (BALES, "the bales were far apart", False),
    (SHEEP, "the sheep were not bunched together", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_crowded_things_are_close_together(card, given, right):
    assert Grader().grade(card, given).correct is right
