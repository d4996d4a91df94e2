"""A century (or any time) said of the other era is another time: "во II веке н. э." for "II век до н. э.", "the 1st
century BC" for "the 1st century AD". Years of the other era were caught (`era_clash`), centuries were not: a blind
author's report (round 60), where a `mistakes` entry could not help ("it says the same as the answer"). An answer that
names no era is judged as before. Invented cards, both languages."""

from __future__ import annotations

import pytest

from studybot.core.dates import eras_said
from studybot.core.grading import Grader
from studybot.core.packs import Card

EN, RU = Grader(), Grader(language="ru")


def short(prompt: str, answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


MISSION = short("В каком веке посольство отправилось на запад?", "II век до н. э.")
FAITH = short("В каком веке вера пришла в страну?", "I век н. э.")
WALL = short("In which century was the wall begun?", "the 2nd century BC")
ROAD = short("In which century was the road paved?", "the 1st century AD")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, MISSION, "во II веке до н. э.", True), (RU, MISSION, "во 2 веке до нашей эры", True),
    (RU, MISSION, "во II веке н. э.", False), (RU, MISSION, "во II веке нашей эры", False),
    (RU, MISSION, "в III веке до н. э.", False),
    (RU, FAITH, "в первом веке нашей эры", True), (RU, FAITH, "в I веке до н. э.", False),
    (RU, FAITH, "в I в. до н.э.", False),
    (EN, WALL, "the second century BC", True), (EN, WALL, "2nd century AD", False),
    (EN, ROAD, "first century AD", True), (EN, ROAD, "1st century BC", False),
])
def test_a_century_of_the_other_era_is_wrong(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "eras"), [
    ("II век до н. э.", {"bc"}), ("во II веке н. э.", {"ad"}), ("до нашей эры", {"bc"}), ("нашей эры", {"ad"}),
    ("44 BC", {"bc"}), ("AD 14", {"ad"}), ("2nd century BCE", {"bc"}), ("from 200 BC to AD 100", {"bc", "ad"}),
    ("a decade later", set()), ("в 1812 году", set()),
])
def test_the_eras_a_text_names(text, eras):
    assert eras_said(text) == eras
