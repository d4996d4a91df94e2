"""Names of people in a Russian pack, as the README promises them without aliases: a surname in -ович or -евич
whose base is no given name ("Лазарь Каганович", "Станислав Шушкевич") is a surname, so it alone names the person,
while "Михаил Илларионович" stays a given name and patronymic; a list of who-card answers names each person ("Пётр
Балинский и Евгений Кнорре"), and a one-letter word between two names ("Балинский и Е. Кнорре") is a word, not an
initial. Another person's surname or another initial stays wrong. Invented people and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_ru import RUSSIAN
from studybot.core.packs import Card, Keypoint, Pack, Section
from studybot.core.people import patronymic
from tests.cards import short

NOTES = ("Стройкой руководил Лазарь Мельникович, а мост спроектировали инженер Пётр Балинский вместе с Евгением "
         "Кнорре. Позже город возглавил Станислав Шушкевич, а смету проверил Иван Ершов.")
LEADER = short("Лазарь Мельникович", prompt="Кто руководил стройкой?")
MAYOR = short("Станислав Шушкевич", prompt="Кто возглавил город?")
BRIDGE = Card(id="b", section="s", kind="list", prompt="Кто спроектировал мост?",
              answer="Пётр Балинский и Евгений Кнорре",
              keypoints=(Keypoint("Пётр Балинский"), Keypoint("Евгений Кнорре")), need=2)
PACK = Pack(id="t", title="t", language="ru", sections=(Section(id="s", title="s", notes=NOTES),),
            cards=(LEADER, MAYOR, BRIDGE))
GRADER = Grader.for_pack(PACK)

ROWS = [
    (LEADER, "Мельникович", True),
    (LEADER, "мельникович", True),
    (LEADER, "Л. Мельникович", True),
    (LEADER, "Мельниковичу", True),
    (LEADER, "Ершов", False),
    (LEADER, "П. Мельникович", False),  # another initial
    (MAYOR, "Шушкевич", True),
    (MAYOR, "Шушкевич С.", True),
    (MAYOR, "Балинский", False),
    (BRIDGE, "Балинский и Кнорре", True),
    (BRIDGE, "П. Балинский и Е. Кнорре", True),
    (BRIDGE, "Е. Кнорре и П. Балинский", True),
    (BRIDGE, "Балинский и Ершов", False),
    (BRIDGE, "Балинский И. Е. и Кнорре", False),  # initials that are not Balinsky's
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_names_read_from_the_notes(card: Card, answer: str, right: bool) -> None:
    assert GRADER.grade(card, answer).correct is right


@pytest.mark.parametrize(("word", "is_patronymic"), [
    ("илларионович", True), ("сергеевич", True), ("юрьевич", True), ("михайлович", True), ("ивановичем", True),
    ("петровна", True), ("ильинична", True), ("каганович", False), ("шушкевич", False), ("мельниковичу", False),
])
def test_a_patronymic_is_made_of_a_given_name(word: str, is_patronymic: bool) -> None:
    assert patronymic(word, RUSSIAN) is is_patronymic
