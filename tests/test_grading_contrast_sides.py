"""A point with a contrast ("he had been warned of the leak but did not mend the roof"): its plain side is said
plainly, so a wording of that side ("was warned") is not made by an answer that denies it ("nobody had warned him"); and
an answer turns the contrast round only in the clauses where it makes the point, not by a word of the point said in
a clause that makes another ("the roof fell ..., and he ignored the warning"). Invented cards of no pack
(`grading.contrasts.said_plainly`, `grading.contrasts.correction_swapped`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

ROOF = Card(id="roof", section="s", kind="explain", prompt="Why was the landlord held responsible?",
            answer="The roof fell on the tenant's car; he had been warned of the leak but did not mend the roof.",
            keypoints=(Keypoint("the roof fell on the tenant's car", ()),
                       Keypoint("he had been warned of the leak but did not mend the roof",
                                ("ignored the warning", "was warned"))),
            need=2)
BIRTH = Card(id="birth", section="s", kind="explain", prompt="How were officers chosen after the reform?",
             answer="By merit, not by birth.", keypoints=(Keypoint("by merit, not by birth", ()),), need=1)

ROWS = [
    (ROOF, "the roof fell on the tenant's car, and he ignored the warning", True),
    (ROOF, "the roof came down on the tenant's car and he ignored the warning about the leak", True),
    (ROOF, "the roof fell on the tenant's car; he was warned about the leak but never mended the roof", True),
    (ROOF, "the roof fell on the tenant's car, although nobody had warned him about the leak", False),
    (ROOF, "the roof fell on the tenant's car, but he was not warned of the leak", False),
    (ROOF, "the roof fell on the tenant's car, and nobody warned him", False),
    (ROOF, "he ignored the warning about the leak", False),
    (BIRTH, "by merit, not by birth", True),
    (BIRTH, "by birth, not by merit", False),
    (BIRTH, "not by merit but by birth", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_side_of_a_contrast(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
