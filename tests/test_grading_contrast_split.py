"""A keypoint's words found on both sides of a contrast, each side speaking of its own thing (issue #11): "timber
was plentiful but money was short" does not say "there was not enough timber", though "timber" and "short" are
both there.

| point                       | right                                | wrong                                   |
|-----------------------------|--------------------------------------|-----------------------------------------|
| there was not enough timber | money was plentiful but timber was   | timber was plentiful but money was short |
|                             | short                                |                                         |
| there was not enough timber | the crews worked hard, but there was | there was enough timber, but not enough  |
|                             | not enough timber                    | money                                   |
| не хватало соли             | хлеба хватало, но не хватало соли    | соли хватало, но не хватало хлеба       |
| не хватало соли             | соли было мало, а хлеба много        | соли хватало, однако не хватало хлеба   |

Traps (right): the point's words all on one side; a side that only goes on with the point's words ("the crews
worked hard, but were not paid"). Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")
RU = Grader(language="ru")


def explain(point: str, prompt: str, *accept: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, accept),), need=1)


TIMBER = explain("there was not enough timber", "Why was the barn left unfinished?", "timber was short")
PAID = explain("the crews were not paid", "Why did the crews leave?")
SOL = explain("не хватало соли", "Почему засолка рыбы прекратилась?", "соли было мало")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, TIMBER, "there was not enough timber", True),
    (EN, TIMBER, "money was plentiful but timber was short", True),
    (EN, TIMBER, "the crews worked hard, but there was not enough timber", True),
    (EN, TIMBER, "timber was plentiful but money was short", False),
    (EN, TIMBER, "there was enough timber, but not enough money", False),
    (EN, PAID, "the crews worked hard, but were not paid", True),
    (RU, SOL, "не хватало соли", True),
    (RU, SOL, "хлеба хватало, но не хватало соли", True),
    (RU, SOL, "соли было мало, а хлеба много", True),
    (RU, SOL, "соли хватало, но не хватало хлеба", False),
    (RU, SOL, "соли хватало, однако не хватало хлеба", False),
])
def test_contrast_split(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace
