"""A point that names what its figure measures ("длина 11,2 км", "a mass of 830 kg") is made by the figure alone
("11,2 км", "830 kg"), in any unit of that kind, unless the answer names another measure ("высота 11,2 км") or gives
another figure (core/grading/counted.py). Invented subjects (a bell, a canal, a tower)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(), Grader(language="ru")


def facts(prompt: str, *points: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


CANAL = facts("Назовите два факта о канале.", "длина 11,2 км", "13 шлюзов")
BELL = facts("Назовите два параметра колокола.", "масса 830 кг", "диаметр 58 см")
TOWER = facts("Give two facts about the tower.", "a height of 84 metres", "a mass of 830 tonnes")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, CANAL, "11,2 км, 13 шлюзов", True),
    (RU, CANAL, "11200 метров и 13 шлюзов", True),
    (RU, BELL, "830 кг и 58 см", True),
    (RU, BELL, "весит 830 кг, 58 см в диаметре", True),
    (EN, TOWER, "84 metres, 830 tonnes", True),
    (EN, TOWER, "84 metres tall and 830 t", True),
    # another measure named, another figure, a figure left out: not made
    (RU, CANAL, "ширина 11,2 км, 13 шлюзов", False),
    (RU, CANAL, "12 км, 13 шлюзов", False),
    (RU, BELL, "830 кг и высота 58 см", False),
    (RU, BELL, "830 кг", False),
    (EN, TOWER, "a depth of 84 metres, 830 tonnes", False),
    (EN, TOWER, "48 metres, 830 tonnes", False),
])
def test_a_figure_says_what_it_measures(grader, card, given, right):
    assert grader.grade(card, given).correct is right
