"""Two terms a question sets side by side ("слуховая и зрительная память") named together by an answer, as the
question names them ("слуховая и зрительная память дополняют друг друга", or with the noun after each): a claim of
both, not the point given to the rival, though "и" may cut the clause between them (`grading.rivals`); the rival
alone in the term's place still fails. The keypoint's own words make it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

MEMORY = "слуховая и зрительная память дополняют друг друга"
TONE = "мышечный и нервный тонус дополняют друг друга"
FIRST = "слуховая память развивается раньше"


def _card(prompt: str, point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point),))


def _grade(card: Card, given: str, language: str) -> bool:
    pack = Pack(id="p", title="p", language=language, cards=(card,),
                sections=(Section(id="s", title="N", notes=card.answer + "."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("prompt", "point", "given", "right"), [
    ("Как связаны слуховая и зрительная память?", MEMORY, MEMORY, True),
    ("Как связаны слуховая и зрительная память?", MEMORY, "слуховая память и зрительная память дополняют друг друга",
     True),
    ("Как связаны слуховая и зрительная память?", MEMORY, "они дополняют друг друга", True),
    ("Как связаны слуховая и зрительная память?", MEMORY, "слуховая память мешает зрительной", False),
    ("Как связаны мышечный и нервный тонус?", TONE, TONE, True),
    ("Как связаны мышечный и нервный тонус?", TONE, "мышечный тонус и нервный тонус дополняют друг друга", True),
    ("Какая память, слуховая или зрительная, развивается раньше?", FIRST, FIRST, True),
    ("Какая память, слуховая или зрительная, развивается раньше?", FIRST, "зрительная память развивается раньше",
     False),
])
def test_terms_named_together(prompt, point, given, right):
    assert _grade(_card(prompt, point), given, "ru") is right


@pytest.mark.parametrize("given", ["spoken and written translation complement each other",
                                   "spoken translation and written translation complement each other"])
def test_english_terms_named_together(given):
    point = "spoken and written translation complement each other"
    assert _grade(_card("How are spoken and written translation related?", point), given, "en")
