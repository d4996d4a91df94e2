"""A point's comparative made by a factor said of a relative of its verb ("the mice survived about twice as long"
for "the mice lived longer"): the factor's figure and word, and "about" before it, do not part the verb from its
comparison (`nearly._one_phrase`, `nearly._particle_after`); half as long, or another verb's factor, stays wrong.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _right(given: str) -> bool:
    point = "the mice lived longer"
    card = Card(id="c", section="s", kind="explain", prompt="What happened to the mice in Varrow's oxygen jar?",
                answer=point, keypoints=(Keypoint(point),), explanation="So the notes say.")
    pack = Pack(id="p", title="p", language="en", cards=(card,),
                sections=(Section(id="s", title="Jars", notes=f"{point}."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("given", "right"), [
    ("the mice lived longer", True),
    ("the mice survived twice as long", True),
    ("the mice survived about twice as long", True),
    ("the mice survived three times as long", True),
    ("the mice survived half as long", False),
    ("the mice died twice as fast", False),
])
def test_a_factor_said_of_a_relative(given: str, right: bool) -> None:
    assert _right(given) is right
