"""Learners' own words in Russian: heating and cooling said with the bare verb or another prefix ("грели",
"прогревали", "разогревали" for "нагревали"; "остужали" for "охлаждали"), and "again" said with another adverb
("опять", "вновь", "повторно" for "снова"). Cards on invented subjects of no pack (a glassworks, a forge); each
row says what a fair teacher would mark: the same claim passes, heating said for cooling (or the other way) and a
denied heating fail."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def explain(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


GLASS = explain("стекло нагревали в печи", "Что делали со стеклом в мастерской?")
ANNEAL = explain("заготовку медленно охлаждали", "Что делали с заготовкой после отливки?")
FORGE = explain("кузнец снова нагревал железо", "Что делал кузнец, когда железо остывало?")

ROWS = [
    (GLASS, "стекло грели в печи", True),
    (GLASS, "стекло прогревали в печи", True),
    (GLASS, "в печи стекло разогревали", True),
    (GLASS, "стекло подогревали в печи", True),
    (GLASS, "стекло охлаждали в печи", False),  # trap: the opposite
    (GLASS, "стекло остужали в печи", False),
    (GLASS, "стекло не грели в печи", False),  # trap: denied
    (ANNEAL, "заготовку медленно остужали", True),
    (ANNEAL, "заготовку медленно охладили", True),
    (ANNEAL, "заготовку медленно нагревали", False),
    (ANNEAL, "заготовку медленно грели", False),
    (ANNEAL, "заготовку медленно оставляли", False),  # another verb, one letter from no word of cooling
    (FORGE, "кузнец опять грел железо", True),
    (FORGE, "кузнец вновь разогревал железо", True),
    (FORGE, "кузнец повторно нагревал железо", True),
    (FORGE, "кузнец снова охлаждал железо", False),
    (FORGE, "кузнец больше не нагревал железо", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_heating_cooling_and_again_said_otherwise(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right
