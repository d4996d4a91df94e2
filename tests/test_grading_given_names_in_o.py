"""A Russian "who" card whose answer is a given name in -о / -е and a surname ("Отто Шмидт", "Пабло Пикассо",
"Джузеппе Верди") is a person, so the surname alone answers it, and so do the given name
with a patronymic of a given name of another language ("Отто Юльевич", "Шмидт Отто Юльевич"); a sentence of the notes
that opens with a noun in -о / -е ("Основание Петербурга ...") still names no person. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("Основание Петербурга было в 1703 году. Строительство крепости вели солдаты. Экспедицию возглавил Отто "
         "Юльевич Шмидт, а картину написал Пабло Пикассо.")


@pytest.mark.parametrize(("answer", "typed", "right"), [
    ("Отто Шмидт", "Шмидт", True),
    ("Отто Шмидт", "О. Шмидт", True),
    ("Отто Шмидт", "Карл Шмидт", False),  # another given name: another person
    ("Пабло Пикассо", "Пикассо", True),
    ("Джузеппе Верди", "Верди", True),
    ("Джузеппе Верди", "Россини", False),
    ("Карл Шмидт", "Шмидт", False),  # the notes' Отто Шмидт has that surname too: it names neither alone
    # a patronymic of a given name of another language ("Юльевич", "Карлович") is one, with the surname first too
    ("Отто Шмидт", "Отто Юльевич", True),
    ("Отто Шмидт", "Шмидт Отто Юльевич", True),
    ("Отто Шмидт", "Отто Юльевич Шмидт", True),
])
def test_a_given_name_in_o_before_a_surname(answer, typed, right):
    card = Card(id="c", section="s", kind="short", prompt="Кто это был?", answer=answer)
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, typed).correct is right


def test_a_noun_opening_a_sentence_is_still_no_given_name():
    card = Card(id="c", section="s", kind="short", prompt="Кто строил крепость?", answer="солдаты")
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, "Петербурга").correct is False
