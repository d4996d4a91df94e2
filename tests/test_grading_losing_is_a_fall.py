"""Losing a thing is having less of it: "lose", "loses", "losing", "lost" are words of a fall (`lexicon.DOWN`),
as "gain" is one of a rise. So "the king lost authority" makes "the king's authority declined", "the village loses
young people" is made by "fewer young people live in the village", and "the leaves lose aromatic compounds"
contradicts "the leaves build up more aromatic compounds"; a gain still makes no loss. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

ROWS = [
    (("the king's authority declined",), "the king lost authority", True),
    (("the village loses young people",), "fewer young people live in the village", True),
    (("the village loses young people",), "the village gains young people", False),
    (("the firm lost money",), "the firm's money fell", True),
    (("the firm increased its profits",), "the firm lost profits", False),
    (("the shoots grow more slowly in the cool air", "the leaves build up more aromatic compounds"),
     "the shoots grow more slowly in the cool air and the leaves build up more aromatic compounds", True),
    (("the shoots grow more slowly in the cool air", "the leaves build up more aromatic compounds"),
     "the shoots grow more slowly in the cool air and the leaves lose aromatic compounds", False),
    (("the shoots grow more slowly in the cool air", "the leaves build up more aromatic compounds"),
     "the leaves lost aromatic compounds and the shoots grow more slowly in the cool air", False),
]


@pytest.mark.parametrize(("points", "answer", "right"), ROWS)
def test_losing_a_thing_is_a_fall_of_it(points, answer, right):
    card = Card(id="e", section="s", kind="explain", prompt="Why do the leaves develop more flavour?",
                answer=" and ".join(points), keypoints=tuple(Keypoint(p, ()) for p in points))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
