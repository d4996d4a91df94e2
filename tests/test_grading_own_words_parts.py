"""Answers in a learner's own words that say a point's word in its parts (round 37, issue #11): rules of word
formation and of lists, English and Russian, right and wrong cases on invented cards (an orchard, a radio, a
fishery, a crew's training).

- Lone modifiers listed before the noun they share are each said of it: "red, yellow and green apples" makes "red
  apples", "короткие, средние и длинные волны" makes "короткие волны"; an item with a noun of its own ("left atrium,
  right ventricle") stays another thing (`shared_heads`, `grading.structured._gathered`).
- A closed English compound said as its head, a preposition and its first part ("walks in space" for
  "spacewalks"), and a Russian compound adjective joined by "о" / "е" said as its adjective and noun ("короткие
  волны" for "коротковолновый", "тихого океана" for "тихоокеанский"), side by side or with the noun shared by a list
  (`compounds`).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(language="en"), Grader(language="ru")


def card(*points: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


ORCHARD = card("red apples", prompt="What did the orchard sell at the fair?")
HEART = card("the left ventricle", prompt="Which chamber did the surgeon repair?")
CREW = card("spacewalks", prompt="What did the crew practise before the mission?")
STATION = card("a moonquake", prompt="What did the seismometer record in May?")

ROWS_EN = [
    (ORCHARD, "red, yellow and green apples", True),
    (ORCHARD, "red, yellow, green apples", True),
    (ORCHARD, "yellow and green apples", False),
    (ORCHARD, "red pears, yellow and green apples", False),  # "red" has a noun of its own
    (HEART, "the left atrium, the right ventricle", False),
    (HEART, "the left atrium, right ventricle", False),
    (CREW, "walks in space", True),
    (CREW, "a long walk in space", True),
    (CREW, "walks on the moon", False),
    (STATION, "a quake on the moon", True),
    (STATION, "a quake on the earth", False),
]


@pytest.mark.parametrize(("card_", "answer", "right"), ROWS_EN)
def test_english_points_said_in_parts(card_, answer, right):
    assert EN.grade(card_, answer).correct is right


RADIO = card("коротковолновый", "средневолновый", "длинноволновый", prompt="Какие диапазоны ловил приёмник?")
GARDEN = card("красные яблоки", prompt="Что продавали в саду на ярмарке?")
FISH = card("тихоокеанский лосось", prompt="Какую рыбу привезли в порт?")

ROWS_RU = [
    (RADIO, "короткие, средние и длинные волны", True),
    (RADIO, "короткие, средние, длинные волны", True),
    (RADIO, "короткие и длинные волны", False),  # no "средние"
    (RADIO, "короткие, средние и длинные", False),  # no "волны"
    (GARDEN, "красные, жёлтые и зелёные яблоки", True),
    (GARDEN, "жёлтые и зелёные яблоки", False),
    (GARDEN, "красные груши, жёлтые и зелёные яблоки", False),
    (FISH, "лосось из тихого океана", True),
    (FISH, "лосось из северного океана", False),
]


@pytest.mark.parametrize(("card_", "answer", "right"), ROWS_RU)
def test_russian_points_said_in_parts(card_, answer, right):
    assert RU.grade(card_, answer).correct is right
