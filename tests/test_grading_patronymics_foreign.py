"""A Russian patronymic made of a given name of another language ("Юльевич", "Карлович", "Генрихович") is a
patronymic, so the given name with it ("Карл Юльевич"), with the surname first ("Шмидт Карл Юльевич") or all three
name the person, and "Юльевич" is never read as another surname. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = "Экспедицию возглавил Карл Юльевич Шмидт. Картину написал Андрей Карлович Бауэр."


@pytest.mark.parametrize(("answer", "typed", "right"), [
    ("Карл Шмидт", "Шмидт", True),
    ("Карл Шмидт", "Карл Юльевич", True),
    ("Карл Шмидт", "Шмидт Карл Юльевич", True),
    ("Карл Шмидт", "Карл Юльевич Шмидт", True),
    ("Карл Шмидт", "Бауэр", False),
    ("Андрей Бауэр", "Андрей Карлович", True),
    ("Андрей Бауэр", "Бауэр Андрей Карлович", True),
    ("Андрей Бауэр", "Андрей Генрихович", False),  # another patronymic: another person
])
def test_a_patronymic_of_a_foreign_given_name(answer, typed, right):
    card = Card(id="c", section="s", kind="short", prompt="Кто это был?", answer=answer)
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, typed).correct is right
