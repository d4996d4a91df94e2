"""A keypoint made by a shorter accepted wording is not made when the answer's clause gives the point's figure
wrong (issue #11: wrong figures caught). "the quarantine, extended to 30 days" does not make "the port's quarantine
was extended to 40 days" through its accepted "quarantine"; the right figure, another unit of it, or no figure at
all still make it. Cards are made up; each row is what a teacher would mark.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()
RU = Grader(language="ru")


def listed(*points: tuple[str, tuple[str, ...]], prompt: str = "Name the three measures the port took.") -> Card:
    keypoints = tuple(Keypoint(point, accept) for point, accept in points)
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(p for p, _ in points),
                keypoints=keypoints, need=len(keypoints))


PORT = listed(("the port's quarantine was extended to 40 days", ("quarantine", "extended")),
              ("a chain across the harbour mouth", ("chain",)),
              ("a new lazaretto on the island", ("lazaretto",)))
PORT_RU = listed(("карантин в порту продлили до 40 дней", ("карантин",)),
                 ("цепь поперёк гавани", ("цепь",)),
                 ("новый лазарет на острове", ("лазарет",)), prompt="Назовите три меры порта.")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, PORT, "the quarantine, a chain, a lazaretto", True),  # no figure: the accepted word makes it
    (EN, PORT, "quarantine extended to 40 days, a chain, a lazaretto", True),
    (EN, PORT, "quarantine extended to almost six weeks, a chain, a lazaretto", False),  # 42 days is no 40
    (EN, PORT, "quarantine extended to 30 days, a chain, a lazaretto", False),
    (EN, PORT, "quarantine extended to 40 days, a chain, a lazaretto built in 30 days", True),  # another clause
    (RU, PORT_RU, "карантин, цепь, лазарет", True),
    (RU, PORT_RU, "карантин до 40 дней, цепь, лазарет", True),
    (RU, PORT_RU, "карантин до 30 дней, цепь, лазарет", False),
])
def test_an_accepted_wording_with_the_points_figure_wrong(grader, card, given, right):
    assert grader.grade(card, given).correct is right
