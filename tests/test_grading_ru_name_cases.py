"""A Russian one-word alias in "-й" found in a noun's cases (`ru_name_cases`, issue #11), on invented packs: "на
Валдае", "в Каспии", "на Алтае" for an alias whose canonical name is other words. Traps that stay wrong: another
name, an adjective's form that looks like a case of a name in "-ий" ("великие" / "Великий"), a name declined as an
adjective ("мирным" / "Мирный"), a name the texts write as a word in lower case ("в лицее" / "Лицей")."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _graded(aliases: dict[str, tuple[str, ...]], answer: str, given: str, notes: str = "Текст.") -> bool:
    card = Card(id="c", section="s", kind="short", prompt="Где это было?", answer=answer)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,),
                language="ru", aliases=aliases)
    return Grader.for_pack(pack).grade(card, given).correct


HILLS = {"Валдайская возвышенность": ("Валдай",), "Уральские горы": ("Урал",)}
SEA = {"Каспийское море": ("Каспий",), "Аральское море": ("Арал",)}
RANGE = {"Горный Алтай": ("Алтай",)}
KING = {"Пётр Великий": ("Великий",)}
TOWN = {"посёлок Мирный": ("Мирный",)}
SCHOOL = {"Царскосельский лицей": ("Лицей",)}

ROWS = [
    # a noun's cases of the alias (fail without ru_name_cases)
    (HILLS, "Валдайская возвышенность", "на Валдае", True), (HILLS, "Валдайская возвышенность", "Валдаем", True),
    (SEA, "Каспийское море", "в Каспии", True), (SEA, "Каспийское море", "за Каспием", True),
    (RANGE, "Горный Алтай", "на Алтае", True),
    # another name stays wrong
    (HILLS, "Валдайская возвышенность", "на Урале", False), (SEA, "Каспийское море", "в Арале", False),
    (HILLS, "Валдайская возвышенность", "на Алтае", False),
]
TRAPS = [
    # an adjective's forms are no cases of a name in "-ий" / "-ый"; a word the texts write stays a word
    (KING, "Пётр Великий", "великие", False), (TOWN, "посёлок Мирный", "мирным путём", False),
]


@pytest.mark.parametrize(("aliases", "answer", "given", "right"), ROWS + TRAPS)
def test_name_in_its_cases(aliases, answer, given, right):
    assert _graded(aliases, answer, given) is right


def test_a_word_of_the_texts_stays_a_word():
    notes = "Он учился в лицее, а потом служил. Лицей был закрытым."
    assert _graded(SCHOOL, "Царскосельский лицей", "в лицее", notes) is False
    assert _graded(SCHOOL, "Царскосельский лицей", "в Царскосельском лицее", notes) is True
