"""A Russian surname alone names the one person of the pack who bears it in that sex: "Завьяловский" is Пётр where
the other Завьяловская is a woman, "Решетникова" is Нина where the other Решетников is a man (`people`); two men
(or two women) of one surname still need a given name or initials. Invented cards and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

SIBLINGS = ("Пётр Завьяловский описал медузу. Его сестра Анна Завьяловская рисовала кораллы.")
BROTHERS = ("Пётр Завьяловский описал медузу. Его брат Павел Завьяловский рисовал кораллы.")
COUPLE = ("Нина Решетникова нашла пещеру. Её муж Олег Решетников нарисовал карту пещеры.")
JELLY = short("Пётр Завьяловский", prompt="Кто описал медузу?")
CORAL = short("Анна Завьяловская", prompt="Кто рисовал кораллы?")
CAVE = short("Нина Решетникова", prompt="Кто нашёл пещеру?")
MAP = short("Олег Решетников", prompt="Кто нарисовал карту пещеры?")


def _grade(card: Card, given: str, notes: str) -> bool:
    pack = Pack(id="p", title="p", language="ru", cards=(card,), sections=(Section(id="s", title="Н", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("card", "notes", "given", "right"), [
    (JELLY, SIBLINGS, "Завьяловский", True),
    (JELLY, SIBLINGS, "П. Завьяловский", True),
    (JELLY, SIBLINGS, "Завьяловская", False),
    (JELLY, SIBLINGS, "А. Завьяловский", False),
    (CORAL, SIBLINGS, "Завьяловская", True),
    (CORAL, SIBLINGS, "Завьяловский", False),
    (JELLY, BROTHERS, "Завьяловский", False),  # two men of one surname
    (JELLY, BROTHERS, "Пётр Завьяловский", True),
    (CAVE, COUPLE, "Решетникова", True),
    (CAVE, COUPLE, "Решетников", False),
    (MAP, COUPLE, "Решетников", True),
    (MAP, COUPLE, "Нина", False),
])
def test_surname_alone_of_one_sex(card, notes, given, right):
    assert _grade(card, given, notes) is right
