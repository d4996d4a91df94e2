"""A wording's two neighbouring words found apart in an answer that puts the opposite of one beside the other:
"opens later" is not made by "it opens earlier and closes later", nor "замерзает позже" by "раньше
замерзает и позже тает"; said together, or with no opposite beside, it is made. Invented subjects
(`grading.bound`, the language's opposites)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def card(point: str, *accept: str, prompt: str = "How has the ferry timetable changed?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


FERRY = card("the ferry opens later in spring", "opens later")
PRUD = card("пруд замерзает позже осенью", "замерзает позже", prompt="Как изменилась зима на пруду?")

ROWS = [
    ("en", FERRY, "it opens later now", True),
    ("en", FERRY, "the ferry now opens later and closes earlier", True),
    ("en", FERRY, "the ferry opens earlier and closes later", False),
    ("en", FERRY, "it opens earlier", False),
    ("en", card("the north tower fell", "north tower"), "the north and south towers fell", True),
    ("ru", PRUD, "теперь замерзает позже", True),
    ("ru", PRUD, "пруд позже замерзает и раньше тает", True),
    ("ru", PRUD, "пруд раньше замерзает и позже тает", False),
    ("ru", PRUD, "пруд замерзает раньше", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_modifier_beside_another_word_is_not_the_wording_s(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
