"""A contrast of counts turned round (instructors' report, round 26): "мало столов, много печей" does not make "много
столов, но мало печей", nor "меньше столов, больше печей" (or "столов меньше, печей больше") "больше столов, меньше
печей"; the words of more and less of a count are read with their noun in one clause, before it or after it at the
clause's end. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def _point(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Что было в мастерской?", answer=point,
                keypoints=(Keypoint(point, ()),))


TABLES = _point("много столов, но мало печей")
MORE = _point("больше столов, меньше печей")


@pytest.mark.parametrize(("card", "given", "right"), [
    (TABLES, "много столов, мало печей", True),
    (TABLES, "мало столов, много печей", False),
    (TABLES, "мало столов, но много печей", False),
    (TABLES, "мало печей, много столов", True),
    (MORE, "больше столов, меньше печей", True),
    (MORE, "столов больше, печей меньше", True),
    (MORE, "меньше столов, больше печей", False),
    (MORE, "столов меньше, печей больше", False),
])
def test_a_contrast_of_counts_turned_round(card, given, right):
    assert RU.grade(card, given).correct is right
