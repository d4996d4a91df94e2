"""Figures inside keypoints read as values: a point's figure is made by the same value in any notation the number
reader knows (digits, separators, a decimal comma, scale words and their abbreviations, number words), and a
different value, scale or unit where the point is made does not make it. Invented subjects, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _explain(lang: str, *points: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened?" if lang == "en" else "Что произошло?",
                answer="; ".join(points), keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


def _grade(lang: str, card: Card, answer: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


CHANGES = [
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge rose by 8%", True),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge went up 8 per cent", True),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge increased by eight percent", True),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge rose by 18%", False),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge fell by 8%", False),
    ("ru", "плата за мост выросла на 8%", "плата за мост выросла на 8 процентов", True),
    ("ru", "плата за мост выросла на 8%", "плата за мост поднялась на восемь процентов", True),
    ("ru", "плата за мост выросла на 8%", "плата за мост выросла на 80%", False),
    ("ru", "плата за мост выросла на 8%", "плата за мост упала на 8%", False),
]


@pytest.mark.parametrize(("lang", "point", "answer", "right"), CHANGES)
def test_a_percentage_of_change_said_alike_is_the_points(lang, point, answer, right):
    assert _grade(lang, _explain(lang, point), answer) is right
