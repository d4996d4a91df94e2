"""Round 30: the thing a word of direction measures is never the word a short wording is made without
(`grading.all_but_one`): "to produce more" shares only the purpose, its verb and the degree with "to produce more
kerosene", a frame any purpose fills ("to produce more money"); "чтобы получить больше" no more makes "чтобы
получить больше керосина". The whole wording, or the thing said another way it is known by, still makes it.
Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def _card(point: str, prompt: str, *accept: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


TAR = _card("to produce more kerosene", "Why was the tar heated twice?")
MILL = _card("the mill produced more flour", "What changed after the new wheel was fitted?")
SMOLA = _card("чтобы получить больше керосина", "Зачем смолу нагревали дважды?")
DYM = _card("чтобы получить меньше дыма", "Зачем печь топили сухими дровами?")

ROWS = [
    ("en", TAR, "to produce more", False),  # the purpose and its degree, not the thing
    ("en", TAR, "so as to produce more", False),
    ("en", TAR, "to produce more kerosene", True),
    ("en", TAR, "so they could produce more kerosene", True),
    ("en", MILL, "the mill produced more", False),
    ("en", MILL, "the mill produced more flour than before", True),
    ("ru", SMOLA, "чтобы получить больше", False),
    ("ru", SMOLA, "чтобы добыть больше", False),
    ("ru", SMOLA, "чтобы получить больше керосина", True),
    ("ru", DYM, "чтобы получить меньше", False),
    ("ru", DYM, "чтобы получалось меньше дыма", True),
]


@pytest.mark.parametrize(("code", "card", "answer", "right"), ROWS)
def test_the_thing_a_degree_measures_is_never_left_out(code, card, answer, right):
    assert Grader(language=code).grade(card, answer).correct is right
