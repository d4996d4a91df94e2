"""An adjective in "-истый" (what a thing is full of or made of) said by its noun: "каменистые равнины" are "равнины из
камня", "болотистая низина" is "низина с болотами", "глинистая почва" is "почва из глины". One way only, as with other
relational adjectives: the answer's adjective for the point's noun may name another thing. Cards on invented
subjects of no pack (a plateau, a lowland, a field)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Что там?", answer=text, keypoints=(Keypoint(text, ()),))


PLAIN = point("каменистые равнины")
LOWLAND = point("болотистая низина")
FIELD = point("глинистая почва")

ROWS = [
    (PLAIN, "равнины из камня", True),
    (PLAIN, "каменистые равнины", True),
    (PLAIN, "равнины из песка", False),  # trap: another thing
    (PLAIN, "песчаные равнины", False),
    (LOWLAND, "низина с болотами", True),
    (LOWLAND, "сухая низина", False),
    (FIELD, "почва из глины", True),
    (FIELD, "почва из торфа", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_an_adjective_in_ist_said_by_its_noun(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right
