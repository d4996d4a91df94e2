"""A country, or the word a title takes ("канцлер Австрии", "король Пруссии"), right before a surname the pack's names
give back whole is no other given name: "президент Австрии Вебер" names Ханс Вебер, where "Карл Вебер" names another
man (issue #11, the lead's own pack: "президент России Путин и канцлер Германии Шрёдер" made neither point). A pack
of our own, its people named only in its notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = "На открытии моста были Ханс Вебер и Ян Новак. Вебер говорил по-немецки, Новак по-чешски."
GUESTS = Card(id="g", section="s", kind="list", prompt="Кто был на открытии моста?", answer="Ханс Вебер и Ян Новак",
              keypoints=(Keypoint("Ханс Вебер"), Keypoint("Ян Новак")), need=2)
RU = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=(GUESTS,),
                          language="ru"))


@pytest.mark.parametrize(("answer", "right"), [
    ("Вебер и Новак", True),
    ("президент Австрии Вебер и премьер Чехии Новак", True),  # a country before each surname
    ("канцлер Австрии Вебер и Новак", True),
    ("Австрии Вебер и Новак", True),
    ("Карл Вебер и Новак", False),  # another given name: another man
    ("Ханс Вебер и Петр Новак", False),
])
def test_a_country_before_a_surname_is_no_given_name(answer: str, right: bool) -> None:
    assert RU.grade(GUESTS, answer).correct is right
