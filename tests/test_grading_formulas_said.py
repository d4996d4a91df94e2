"""A keypoint's substance named in words may be answered by its chemical formula ("CO2" for "carbon dioxide", "CH4"
for "methane"), as the tutor reads it (`formula_names.with_formulas`, now in the grader's aliases too); another
substance's formula stays wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _right(points: tuple[str, ...], given: str, need: int = 1) -> bool:
    card = Card(id="c", section="s", kind="explain", prompt="What do the moss mats of Lake Vell exchange?",
                answer="; ".join(points), keypoints=tuple(Keypoint(p) for p in points), explanation="So the notes say.",
                need=need)
    pack = Pack(id="p", title="p", language="en", cards=(card,),
                sections=(Section(id="s", title="Mats", notes=" ".join(f"{p}." for p in points)),))
    return Grader.for_pack(pack).grade(card, given).correct


TWO = ("the mats take up carbon dioxide", "the mats give off methane")


@pytest.mark.parametrize(("points", "given", "need", "right"), [
    (TWO[:1], "the mats take up CO2", 1, True),
    (TWO[:1], "they take up co2 from the water", 1, True),
    (TWO[:1], "the mats take up carbon dioxide", 1, True),
    (TWO[:1], "the mats take up O2", 1, False),  # oxygen, another gas
    (TWO[:1], "the mats take up CH4", 1, False),
    (TWO, "they take up CO2 and give off CH4", 2, True),
    (TWO, "they take up CH4 and give off CO2", 2, False),  # turned round
])
def test_a_substance_is_made_by_its_formula(points: tuple[str, ...], given: str, need: int, right: bool) -> None:
    assert _right(points, given, need) is right
