"""An explanation that makes its keypoints in words but states a measure the card gives otherwise is wrong: "it rises
by 6 m/s a degree" for a card whose answer says 0.6 m/s a degree (`StatedFiguresGrading._explained_figures`); a figure
the card's answer or explanation gives (or a rounding of it), or none at all, keeps it right. Invented cards of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

SPEED = Card(id="e", section="s", kind="explain", prompt="How does the speed of the current change as the river warms?",
             answer="It rises, by about 0.4 m/s for each degree.", keypoints=(Keypoint("the current gets faster", ()),),
             explanation="At 10 °C the current runs at 2 m/s.")
SPEED_RU = Card(id="r", section="s", kind="explain", prompt="Как меняется скорость течения, когда река теплеет?",
                answer="Растёт, примерно на 0,4 м/с на каждый градус.", keypoints=(Keypoint("скорость растёт", ()),))


@pytest.mark.parametrize(("card", "answer", "right", "language"), [
    (SPEED, "the current gets faster", True, "en"),
    (SPEED, "the current gets faster, by 0.4 m/s a degree", True, "en"),
    (SPEED, "the current gets faster, and at 10 °C it is 2 m/s", True, "en"),  # the explanation's figure
    (SPEED, "the current gets faster, by 4 m/s a degree", False, "en"),
    (SPEED, "the current gets faster, by about 0.35 m/s a degree", True, "en"),  # a rounding of 0.4
    (SPEED, "the current gets faster, by 1 m/s a degree", False, "en"),
    (SPEED_RU, "скорость растёт", True, "ru"),
    (SPEED_RU, "скорость растёт на 4 м/с на каждый градус", False, "ru"),
    (SPEED, "the current gets faster within a day or two", True, "en"),  # a duration: told loosely
])
def test_a_wrong_measure_beside_the_points(card: Card, answer: str, right: bool, language: str) -> None:
    grader = Grader(language=language)
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace
