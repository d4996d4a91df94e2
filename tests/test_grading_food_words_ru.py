""""еда" и "пища" — одно слово в пункте ответа: "рацион сурка зависит от еды" делает пункт "рацион сурка зависит от
пищи"; другое слово ("от воды") нет. Invented cards on a marmot's winter."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

WINTER = Card(id="e", section="s", kind="explain", prompt="От чего зависит зимовка сурка?",
              answer="запас жира зависит от пищи", keypoints=(Keypoint("запас жира зависит от пищи", ()),))


@pytest.mark.parametrize(("answer", "right"), [
    ("запас жира зависит от еды", True),
    ("запас жира зависит от пищи", True),
    ("жир копится от еды", False),
    ("запас жира зависит от воды", False),
])
def test_food_said_either_way(answer, right):
    assert Grader(language="ru").grade(WINTER, answer).correct is right
