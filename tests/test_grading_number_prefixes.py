"""Two English words that differ by the count their prefix names are two words, never a slip of one: "a bilateral
treaty" is no misspelt "unilateral", "bicellular" no "unicellular"; a real slip of the word ("unilaterl") still passes.
Cards on invented subjects of no pack (a ceasefire, a pond organism, a coastal truce)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.prefix_contrasts import counted_apart

EN = Grader()


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What was declared?", answer=text,
                keypoints=(Keypoint(text, ()),))


def short(answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt="What is it?", answer=answer)


CEASEFIRE = point("a unilateral ceasefire")
ORGANISM = short("Unicellular")
TRUCE = short("A bilateral truce")

ROWS = [
    (CEASEFIRE, "a unilateral ceasefire", True),
    (CEASEFIRE, "a unilaterl ceasefire", True),  # a slip of the word itself
    (CEASEFIRE, "a bilateral ceasefire", False),  # trap: another count
    (CEASEFIRE, "a multilateral ceasefire", False),
    (ORGANISM, "unicelular", True),
    (ORGANISM, "bicellular", False),
    (TRUCE, "a bilaterial truce", True),
    (TRUCE, "a trilateral truce", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_another_count_is_no_slip(card: Card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("unilateral", "bilateral", True), ("unicellular", "multicellular", True), ("monorail", "birail", True),
    ("biannual", "triannual", True), ("unilateral", "unilaterl", False), ("diet", "biet", False),
    ("trial", "dial", False), ("digest", "digest", False),
])
def test_counted_apart(a: str, b: str, apart: bool) -> None:
    assert counted_apart(a, b) is apart
