"""An item of a Russian list named by the noun of a point's adjective made of it by "-н-": "лазер" (or "лазеры")
for "лазерная сварка", as "сварка" names it (`grading.named_alone`); another word ("пайка") names no point.
Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")
JOINING = Card(id="l", section="s", kind="list", prompt="Какими способами мастер соединяет детали?", answer="x",
               keypoints=(Keypoint("заклёпки", ()), Keypoint("лазерная сварка", ()), Keypoint("клей", ())), need=3)


@pytest.mark.parametrize(("given", "right"), [
    ("заклёпки, лазер, клей", True),
    ("заклёпки, лазеры и клей", True),
    ("заклёпки, сварка, клей", True),
    ("заклёпки, пайка, клей", False),
    ("заклёпки, лазерный, клей", True),
])
def test_the_noun_of_a_points_adjective(given, right):
    assert RU.grade(JOINING, given).correct is right
