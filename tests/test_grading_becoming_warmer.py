"""Heating and cooling said as becoming warmer or colder: "the air becomes warmer" is "the air heats up", "the water got
colder" is "the water cooled"; "воздух становится теплее" is "воздух нагревается", "вода стала холоднее" is "вода
охладилась". Cards on invented subjects of no pack (a greenhouse, a cellar, a kiln); each row says what a fair
teacher would mark: the same change passes, the opposite change and a denial fail."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(), Grader(language="ru")


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happens? / Что происходит?", answer=text,
                keypoints=(Keypoint(text, ()),))


GREENHOUSE = point("the air in the greenhouse heats up")
CELLAR = point("the water in the cellar cools")
KILN = point("глина в печи нагревается")
SPRING = point("вода в роднике охлаждается")

ROWS = [
    (EN, GREENHOUSE, "the air in the greenhouse becomes warmer", True),
    (EN, GREENHOUSE, "the greenhouse air gets hotter", True),
    (EN, GREENHOUSE, "the air in the greenhouse becomes colder", False),  # trap: the opposite
    (EN, GREENHOUSE, "the air in the greenhouse does not get warmer", False),  # trap: denied
    (EN, CELLAR, "the water in the cellar becomes colder", True),
    (EN, CELLAR, "the cellar water grows cooler", True),
    (EN, CELLAR, "the water in the cellar gets warmer", False),
    (RU, KILN, "глина в печи становится теплее", True),
    (RU, KILN, "в печи глина становится горячее", True),
    (RU, KILN, "глина в печи становится холоднее", False),
    (RU, KILN, "глина в печи не становится теплее", False),
    (RU, SPRING, "вода в роднике становится холоднее", True),
    (RU, SPRING, "вода в роднике становится теплее", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ROWS)
def test_heating_said_as_becoming_warmer(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right
