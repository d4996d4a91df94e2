"""Russian roles by case, one party a name and the other a plain noun ("казаки убили Ляпунова"): an answer that
turns both cases ("Ляпунов убил казаков") gives the deed to the other side; the same cases in another order, a
passive or a preposition keep the roles."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU_TEXTS = (
    "Беглый писарь Вересков долго скрывался в лесу, но стражники его схватили.",
    "Купец Гордеев скупил плотину, и мельники остались без воды.",
)
RU = Grader(language="ru", texts=RU_TEXTS, aliases={"Семён Вересков": ("Вересков",), "купец Гордеев": ("Гордеев",)})


def one(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


GUARDS = one("стражники схватили Верескова", "Чем закончился побег?")
MILLERS = one("Гордеев разорил мельников", "Что случилось с мельниками?")

# (card, answer, right?)
ANSWERS = [
    (GUARDS, "стражники схватили Верескова", True),
    (GUARDS, "Верескова схватили стражники", True),  # the same cases in another order
    (GUARDS, "Вересков был схвачен стражниками, стражники схватили его", True),  # a passive
    (GUARDS, "Вересков схватил стражников", False),  # both cases turned: the roles swapped
    (GUARDS, "стражников схватил Вересков", False),
    (MILLERS, "Гордеев разорил мельников", True),
    (MILLERS, "мельников разорил Гордеев", True),
    (MILLERS, "мельники разорили Гордеева", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ANSWERS)
def test_a_name_and_a_noun_with_their_cases_turned_swap_the_roles(card: Card, answer: str, right: bool) -> None:
    verdict = RU.grade(card, answer)
    assert verdict.correct is right, verdict.trace
