"""A quality in the positive degree or the comparative says the same of a thing when nothing is compared with
anything named: "cheaper cloth" makes "cheap cloth", "the weak current" makes "a weaker current"; the other pole
("stronger", "dearer"), an explicit comparison ("than") and a negation stay what they say. Invented cards
(`grading.degrees`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.degrees import plain_degree
from studybot.core.packs import Card, Keypoint

READINGS = [
    ("less expensive cloth", "cheap cloth"),
    ("more expensive loans", "expensive loans"),
    ("less strong current", "weak current"),
    ("the mill used less expensive cloth than the guild", None),  # compared with something named
    ("as strong as", None),
    ("cheap cloth", None),  # nothing to read
]


@pytest.mark.parametrize(("text", "reading"), READINGS)
def test_a_comparative_of_quality_read_in_the_plain_degree(text, reading):
    assert plain_degree(text) == reading


def _card(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


WEAVERS = "the merchants wanted cheap cloth so that they could cut the weavers' pay"
COIL = "a weaker current rings the bell"

GRADED = [
    (WEAVERS, "the merchants wanted cheaper cloth so they could cut the weavers' pay", True),
    (WEAVERS, "merchants used cheaper cloth to cut the weavers' pay", True),
    (WEAVERS, "the merchants wanted dearer cloth so they could cut the weavers' pay", False),  # the other pole
    (WEAVERS, "the merchants wanted more expensive cloth so they could cut the weavers' pay", False),
    (WEAVERS, "the merchants did not want cheaper cloth to cut the weavers' pay", False),
    (COIL, "the weak current rings the bell", True),
    (COIL, "a weak current rings the bell", True),
    (COIL, "a strong current rings the bell", False),
    (COIL, "a stronger current rings the bell", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), GRADED)
def test_a_point_made_in_the_other_degree(point, answer, right):
    prompt = "Why did the weavers distrust the merchants?" if point == WEAVERS else "Why does the bell ring?"
    card = _card(point, prompt)
    assert Grader().grade(card, answer).correct is right
