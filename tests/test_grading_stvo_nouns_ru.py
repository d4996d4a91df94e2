"""Learners' own words in Russian: a noun of action in "-ительство" / "-одство" said by its verb, or the verb by the
noun ("строительство моста" / "мост построили", "производство танков" / "танки производили", "руководство
восстанием" / "руководил восстанием"). Cards on invented subjects of no pack (a ferry pier, an arms works, a
riverside revolt); each row says what a fair teacher would mark: the same claim passes, another action fails."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Что произошло?", answer=text,
                keypoints=(Keypoint(text, ()),))


PIER = point("строительство причала")
WORKS = point("на заводе производили пушки")
REVOLT = point("руководство восстанием")

ROWS = [
    (PIER, "причал построили", True),
    (PIER, "построили причал", True),
    (PIER, "причал строили", True),
    (PIER, "причал разрушили", False),  # trap: another action
    (PIER, "построили склад", False),  # trap: another thing
    (WORKS, "производство пушек на заводе", True),
    (WORKS, "ремонт пушек на заводе", False),
    (REVOLT, "он руководил восстанием", True),
    (REVOLT, "он подавил восстание", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_of_action_in_stvo_and_its_verb(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right
