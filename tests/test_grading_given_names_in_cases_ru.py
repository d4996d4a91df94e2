"""A Russian given name in "-ей" / "-ай" written in another case in the notes ("правительство Андрея Волынко",
"при Николае Сабурове") is the same given name as "Андрей", "Николай": the person is one, so the surname alone names
them. Before, the stemmer left "андре" of "Андрея" and "андр" of "Андрей", the pack seemed to hold two people of that
surname, and "Волынко" alone was refused. Another person's surname stays wrong. Invented people (`Aliases.name_key`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = {
    "Андрей Волынко": "Реформу вело правительство Андрея Волынко. Министром финансов был Пётр Ершов.",
    "Николай Сабуров": "Канал достроили при Николае Сабурове. Проект составил инженер Пётр Ершов.",
    "Алексей Грищенко": "Экспедицией руководил Алексей Грищенко. С Алексеем Грищенко шёл штурман Пётр Ершов.",
    "Матвей Карпенко": "Картину заказали у Матвея Карпенко. Раму делал мастер Пётр Ершов.",
}

GRADED = [
    ("Андрей Волынко", "Волынко", True),
    ("Андрей Волынко", "волынко", True),
    ("Андрей Волынко", "А. Волынко", True),
    ("Андрей Волынко", "Ершов", False),
    ("Николай Сабуров", "Сабуров", True),
    ("Николай Сабуров", "Ершов", False),
    ("Алексей Грищенко", "Грищенко", True),
    ("Алексей Грищенко", "П. Грищенко", False),  # another initial
    ("Матвей Карпенко", "Карпенко", True),
    ("Матвей Карпенко", "Кравченко", False),
]


@pytest.mark.parametrize(("name", "answer", "right"), GRADED)
def test_a_surname_alone_names_the_person_whose_given_name_the_notes_decline(name, answer, right):
    card = short(name, prompt="Кто руководил этим делом?")
    pack = Pack(id="t", title="t", language="ru", sections=(Section(id="s", title="s", notes=NOTES[name]),),
                cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("a", "b"), [("Сергей", "Сергея"), ("Сергей", "Сергеем"), ("Николай", "Николаю"),
                                      ("Андрей", "Андрее"), ("Алексей", "Алексея")])
def test_the_cases_of_a_given_name_in_ej_share_one_key(a, b):
    aliases = Grader(language="ru").aliases
    assert aliases.name_key(a.lower()) == aliases.name_key(b.lower())
