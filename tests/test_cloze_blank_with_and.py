"""A cloze blank whose own wording holds "and" ("{{flowers and leaves}}") is one blank: its "and" parts no two blanks,
so blanks answered in another order stay wrong (the exception for names the text joins by "and" is the text's
"and" between two blanks, never one inside a blank), also where the answer is read as blanks found anywhere in it.
Reported by an instructor: "flowers and leaves, algebraical patterns" filled "{{algebraical patterns}} ...
{{flowers and leaves}}". Invented looms and mills."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

LOOM = Card(id="l", section="s", kind="cloze", prompt="", answer="",
            text="The Harwick loom wove {{checked borders|checkered borders}} as well as it wove {{birds and vines}}.",
            blanks=(("checked borders", "checkered borders"), ("birds and vines",)))
MILL = Card(id="m", section="s", kind="cloze", prompt="", answer="",
            text="The mill was built by {{Ames}} and {{Brook}} in {{1760}}.", blanks=(("Ames",), ("Brook",), ("1760",)))
EN = Grader.for_pack(Pack(id="p", title="p", sections=(Section("s", "S", "notes"),), cards=(LOOM, MILL)))


@pytest.mark.parametrize(("card", "given", "right"), [
    (LOOM, "checked borders, birds and vines", True),
    (LOOM, "checkered borders; birds and vines", True),
    (LOOM, "birds and vines, checked borders", False),
    (LOOM, "birds and vines; checked borders", False),
    (LOOM, "birds and vines and checked borders", False),
    (LOOM, "1) birds and vines 2) checked borders", False),
    (MILL, "Brook and Ames, 1760", True),  # names the text joins by "and": in any order
    (MILL, "Brook, Ames, 1760", True),
    (MILL, "1760, Ames, Brook", False),
])
def test_an_and_inside_a_blank_parts_no_blanks(card: Card, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)
    assert verdict.correct is right, verdict.trace


def test_the_trace_shows_the_blank_whole() -> None:
    verdict = EN.grade(LOOM, "birds and vines, checked borders")
    assert verdict.trace == ("✗ blank 1: birds and vines", "✗ blank 2: checked borders")
