"""A borrowed name written with "э" or "е" (core/name_spellings.e_spellings): Russian writes "Бэст" and "Бест",
"Рэлей" and "Релей", "Улан-Удэ" and "Улан-Уде" for one name (packs had to list each as an alias), as it writes "ё"
and "е". In a short name that letter only: "Бост" is another name (a longer name's slips are
tests/test_grading_name_slips.py's). Invented people and places; each row says what a fair
teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain, short

NAMES = {"Томас Бест": ("Бест",), "Джон Рэнсом": ("Рэнсом",), "Нью-Мэрфи": ()}
RU = Grader(NAMES, language="ru")
FOUND = explain("Томас Бест", "Джон Рэнсом", prompt="Кто открыл остров?")
PORT = short("Нью-Мэрфи", prompt="Где стоял порт?")
# names read from the pack's notes, with no alias
NOTES = Grader(language="ru", texts=("Пролив открыл капитан Эдвард Тейлор в 1820 году. Тейлор вернулся в Лондон.",),
               who=("Эдвард Тейлор",))
STRAIT = short("Эдвард Тейлор", prompt="Кто открыл пролив?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, FOUND, "Бэст и Рэнсом", True),
    (RU, FOUND, "Бест и Ренсом", True),
    (RU, FOUND, "томас бэст, джон ренсом", True),
    (RU, PORT, "Нью-Мерфи", True),
    (RU, PORT, "нью мерфи", True),
    (NOTES, STRAIT, "Тэйлор", True),
    (NOTES, STRAIT, "Эдвард Тэйлор", True),
    # another vowel, another consonant, another name: not right
    (RU, FOUND, "Бост и Рэнсом", False),
    (RU, FOUND, "Бест и Рэнсон", False),
    (RU, FOUND, "Бест", False),
    (NOTES, STRAIT, "Эдвард Тэйлс", False),
])
def test_a_borrowed_name_with_e_for_e(grader, card, given, right):
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace


DEVICE = short("Эхомер", prompt="Как называется прибор, который меряет глубину?")
TERM = short("экватор", prompt="Какая линия делит Землю пополам?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (DEVICE, "ехомер", True),  # "э" written "е" as the first letter of a word, as it is heard
    (DEVICE, "эхомер", True),
    (TERM, "екватор", True),
    (DEVICE, "охомер", False),  # another vowel
    (DEVICE, "ехолот", False),  # another word
])
def test_e_for_e_opening_a_word(card, given, right):
    grader = Grader(language="ru")
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
