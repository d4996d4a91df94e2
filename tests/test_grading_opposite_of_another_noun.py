"""An opposite that qualifies another noun is no contradiction (round 60, the lead's learner pass): "горячий колокол
тушили водой" makes the point "его заливали холодной водой" by its accepted "его тушили водой", since "горячий" is
said of the bell, not of the water. Said of the point's own noun it still contradicts ("тушили горячей водой").
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")
BELL = Card(id="e", section="s", kind="explain", prompt="Почему колокол треснул?", answer="его заливали холодной водой",
            keypoints=(Keypoint("его заливали холодной водой", ("его тушили водой",)),), need=1)


@pytest.mark.parametrize(("answer", "right"), [
    ("горячий колокол тушили водой", True), ("горячий колокол залили холодной водой", True),
    ("колокол тушили водой", True),
    ("колокол тушили горячей водой", False), ("колокол заливали горячей водой", False),
])
def test_an_opposite_of_another_noun_is_no_contradiction(answer, right):
    assert RU.grade(BELL, answer).correct is right
