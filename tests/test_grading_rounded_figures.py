"""A keypoint's figure with a decimal part said rounded, with a word of approximation (issue #11): "about 84 kg"
and "около 84 кг" make "83.6 kg"; "roughly 2.2 metres" makes "2.17 metres". Without the hedge the rounded figure
is a figure given as exact, and wrong; a figure rounded the wrong way, or more coarsely than to a whole unit
("about 80 kg"), is no rounding of it. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

BELL = one_point("the bell weighs 83.6 kg", "What is known of the bell?")
ROD = one_point("the rod is 2.17 metres long", "What is known of the rod?")
INGOT = one_point("масса слитка 83,6 кг", "Что известно о слитке?")

ROWS = [
    (BELL, "the bell weighs about 84 kg", True),
    (BELL, "it weighs roughly 84 kilograms", True),
    (BELL, "the bell weighs 84 kg", False),  # given as exact: a wrong figure
    (BELL, "the bell weighs about 85 kg", False),
    (BELL, "the bell weighs about 80 kg", False),  # rounded past the whole unit
    (BELL, "the bell weighs about 84 g", False),
    (ROD, "the rod is about 2.2 metres long", True),
    (ROD, "the rod is about 2.1 metres long", False),
    (INGOT, "масса слитка около 84 кг", True),
    (INGOT, "масса слитка примерно 84 кг", True),
    (INGOT, "масса слитка 84 кг", False),
    (INGOT, "масса слитка около 83 кг", False),
]


def _pack(card: Card, language: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language=language)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_figure_rounded_with_a_hedge(card, given, right):
    language = "ru" if card is INGOT else "en"
    assert Grader.for_pack(_pack(card, language)).grade(card, given).correct is right
