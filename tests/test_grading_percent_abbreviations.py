"""A percentage written "pc" or "p.c." after its figure, as British papers write it ("40 pc", "40pc", "40 p.c."), is
a per cent wherever a figure is read: in a keypoint as on a numeric card; another figure stays wrong, and "pcs"
(pieces) is no per cent. Counts said "N of them", "all N", "N in all" are the count (checked here so that a rule
that breaks them fails). Invented cards on a harbour town's taxes and towers."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, NumberSpec
from studybot.core.quantities import find_quantities

TAXES = Card(id="e", section="s", kind="explain", prompt="What happened to the harbour dues?",
             answer="the harbour dues rose by 40%", keypoints=(Keypoint("the harbour dues rose by 40%", ()),))
SHARE = Card(id="n", section="s", kind="numeric", prompt="What share of the catch was taxed?", answer="40%",
             number=NumberSpec(40, "%", 0, False))
TOWERS = Card(id="n", section="s", kind="numeric", prompt="How many towers did the harbour wall have?",
              answer="7 towers", number=NumberSpec(7, "towers", 0, False))
WALL = Card(id="e", section="s", kind="explain", prompt="How many towers did the harbour wall have?",
            answer="the wall had 7 towers", keypoints=(Keypoint("the wall had 7 towers", ()),))


@pytest.mark.parametrize(("card", "answer", "right"), [
    (TAXES, "the harbour dues rose 40 pc", True),
    (TAXES, "the harbour dues went up by 40pc", True),
    (TAXES, "the harbour dues rose by 40 p.c.", True),
    (TAXES, "the harbour dues rose by 40 per cent", True),
    (TAXES, "the harbour dues rose by 45 pc", False),
    (TAXES, "the harbour dues fell by 40 pc", False),
    (TAXES, "the harbour dues rose by 40 pcs", False),
    (SHARE, "40 pc", True),
    (SHARE, "41 pc", False),
    (TOWERS, "7 of them", True),
    (TOWERS, "all seven", True),
    (TOWERS, "7 in all", True),
    (TOWERS, "all 8", False),
    (TOWERS, "8 in all", False),
    (WALL, "7 in all", True),
    (WALL, "all 7 of them", True),
    (WALL, "8 in all", False),
])
def test_percentages_and_counts_in_their_other_words(card, answer, right):
    assert Grader().grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "kind"), [
    ("40 pc", "percent"),
    ("40pc", "percent"),
    ("40 p.c.", "percent"),
    ("40 pcs", "count"),
    ("40 PCs", "count"),
])
def test_pc_after_a_figure_is_a_percentage(text, kind):
    assert [q.kind for q in find_quantities(text)] == [kind]
