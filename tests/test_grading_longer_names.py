"""A name of the pack said only inside a longer name of the pack is that longer name (`grading.longer_names`):
where the pack names the Republic of the Congo and the Democratic Republic of the Congo, "the Democratic Republic
of the Congo" or its alias "DRC" answers no card, short or keypoint, about the Republic of the Congo; the name
itself, its aliases and the longer name where the card asks for it stay right. Invented cards on a pack that
names both."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain, short

NOTES = ("The Republic of the Congo lies west of the river. The Democratic Republic of the Congo lies east of it.")
ALIASES = {"Republic of the Congo": ("Congo", "Congo-Brazzaville"),
           "Democratic Republic of the Congo": ("DRC", "Congo-Kinshasa")}
WEST = replace(short("the Republic of the Congo", prompt="Which country lies west of the river?"), id="west")
EAST = replace(short("the Democratic Republic of the Congo", prompt="Which country lies east of the river?"),
               id="east")
POINT = explain("the Republic of the Congo lies west of the river", prompt="Where do the two countries lie?")

ROWS = [
    (WEST, "the Democratic Republic of the Congo", False),
    (WEST, "DRC", False),
    (WEST, "the Republic of the Congo", True),
    (WEST, "Congo-Brazzaville", True),
    (WEST, "Republic of Congo", True),
    (EAST, "DRC", True),
    (EAST, "the Democratic Republic of the Congo", True),
    (POINT, "the DRC lies west of the river", False),
    (POINT, "the Democratic Republic of the Congo lies west of the river", False),
    (POINT, "the Republic of the Congo lies west of the river", True),
    (POINT, "Congo-Brazzaville lies west of the river", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_name_inside_a_longer_one(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(WEST, EAST, POINT), language="en",
                aliases=ALIASES)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
