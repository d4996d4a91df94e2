"""A verb made of an adjective by "-en" is becoming so: "the hides soften" is "the hides become soft", "the fruit
ripens" "the fruit gets ripe", "the river deepens" "the river becomes deeper" (`linking.become_for_en_verbs`); the
opposite verb or quality makes no such point, and before an object the verb keeps its own reading ("the smith
hardens the blade" is "makes the blade harder"). Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.linking import become_for_en_verbs
from studybot.core.packs import Pack, Section
from tests.cards import explain

ROWS = [
    (("the hides lose water", "the hides become soft"), "the hides lose water and soften", True),
    (("the hides lose water", "the hides soften"), "the hides lose water and become soft", True),
    (("the fruit ripens in the sun",), "the fruit gets ripe in the sun", True),
    (("the river deepens",), "the river becomes deeper", True),
    (("the smith hardens the blade",), "the smith makes the blade harder", True),
    (("the hides lose water", "the hides soften"), "the hides lose water and harden", False),
    (("the hides lose water", "the hides become soft"), "the hides lose water and harden", False),
    (("the river deepens",), "the river becomes shallower", False),
    (("the smith hardens the blade",), "the smith softens the blade", False),
]


@pytest.mark.parametrize(("points", "answer", "right"), ROWS)
def test_a_verb_in_en_is_becoming_so(points, answer, right):
    card = explain(*points)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("the leaves soften", "the leaves become soft"),
    ("the sky darkened over the hills", "the sky became dark over the hills"),
    ("they sharpen the knives", "they sharpen the knives"),
    ("the road widening", "the road becoming wide"),
    ("the garden", "the garden"),
])
def test_only_a_verb_without_an_object_is_read_as_becoming(text, read):
    assert become_for_en_verbs(text) == read
