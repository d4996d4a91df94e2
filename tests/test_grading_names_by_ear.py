"""A name spelt by ear: letters that spell one sound written as another spelling of it (English "igh" / "i" and a
silent "e", "ph" / "f", "au" / "ow" / "ou", a silent "h" after a consonant; Russian "ц" / "с" / "тс", "х" / "к", "о"
/ "ё" after a hissing letter, "шч" / "щ") is that name, unless another name of the pack is as close: then the slip
names someone else and is wrong (`name_spellings.said`, `aliases.Aliases._heard`). Invented people and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

EN_NOTES = (
    "The kiln was built in 1902 by the potter Clara Dwight. Dwight hired Martha Phelps to keep the books; Phelps "
    "also ran the shop. The glazes came from Oskar Strauss, Gwen Rhodes fired the tiles and Hugh Wright sold them. "
    "Strauss and Rhodes later opened a second works."
)
EN_TWO = (
    "The rival works belonged to Olaf Braun. Edith Brown, his neighbour, sold the clay; Braun and Brown "
    "quarrelled over the price. The foreman Dan Bright worked beside Tom Brice; Bright and Brice shared a house."
)
RU_NOTES = (
    "Мастерскую основал инженер Пётр Кунц. Кунц нанял мастера Илью Вахова; Вахов чинил печи. Счета вёл Гордей "
    "Лущёв, а товар возил Семён Щуров. Лущёв и Щуров были родом из одного села."
)
RU_TWO = "Соседней мастерской владел купец Антон Кунс. Кунс не ладил с Кунцем, а его приказчик Павел Ваков ладил."


def pack(language: str, notes: str, *cards: Card) -> Pack:
    return Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=notes),), cards=cards,
                language=language)


def graded(language: str, notes: str, answer: str, given: str) -> bool:
    card = short(answer, prompt="Who was it?" if language == "en" else "Кто это был?")
    return Grader.for_pack(pack(language, notes, card)).grade(card, given).correct


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Clara Dwight", "Dwite", True),  # "igh" before the last consonant, "i" and a silent "e"
    ("Clara Dwight", "Clara Dwite", True),
    ("Martha Phelps", "Felps", True),  # "ph" / "f"
    ("Oskar Strauss", "Strowss", True),  # "au" / "ow"
    ("Oskar Strauss", "Strouss", True),  # "au" / "ou"
    ("Gwen Rhodes", "Rodes", True),  # a silent "h" after a consonant
    ("Clara Dwight", "Dwale", False),  # another sound
    ("Martha Phelps", "Welps", False),
    ("Hugh Wright", "Write", False),  # a word of the language is no name ("more" / "Moore")
    ("Martha Phelps", "Phalps", True),
])
def test_an_english_name_spelt_by_ear(answer, given, right):
    assert graded("en", EN_NOTES, answer, given) is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Olaf Braun", "Brown", False),  # another person of the pack
    ("Olaf Braun", "Broun", False),  # as near Brown as Braun: a slip of neither
    ("Edith Brown", "Braun", False),
    ("Dan Bright", "Brite", False),  # one letter from Brice, another man of the pack
    ("Olaf Braun", "Braun", True),
])
def test_a_spelling_by_ear_of_two_near_names_is_neither(answer, given, right):
    assert graded("en", EN_TWO, answer, given) is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Пётр Кунц", "Кунс", True),  # "ц" / "с"
    ("Пётр Кунц", "Кунтс", True),  # "ц" / "тс"
    ("Илья Вахов", "Ваков", True),  # "х" / "к"
    ("Гордей Лущёв", "Лущов", True),  # "ё" / "о" after a hissing letter
    ("Семён Щуров", "Шчуров", True),  # "шч" / "щ"
    ("Илья Вахов", "Валов", False),  # another sound
    ("Пётр Кунц", "Кунк", False),
])
def test_a_russian_name_spelt_by_ear(answer, given, right):
    assert graded("ru", RU_NOTES, answer, given) is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Пётр Кунц", "Кунс", False),  # another person of the pack
    ("Илья Вахов", "Ваков", False),
    ("Пётр Кунц", "Кунтс", False),  # as near Кунс as Кунц
    ("Антон Кунс", "Кунс", True),
])
def test_a_russian_spelling_by_ear_of_two_near_names_is_neither(answer, given, right):
    assert graded("ru", RU_NOTES + " " + RU_TWO, answer, given) is right


@pytest.mark.parametrize(("given", "right"), [
    ("Koplar", True),  # a doubled letter written once, and another vowel besides
    ("Kopplar", True),
    ("Kopler", True),
    ("Kobler", False),  # another consonant
    ("Kaplor", True),
])
def test_a_doubled_letter_written_once_in_a_name_spelt_by_ear(given, right):
    assert graded("en", "The stove was made by Anna Koppler in 1880.", "Anna Koppler", given) is right


def test_a_letter_doubled_that_the_name_has_once_is_another_name():
    notes = "The harbour master Greta Olsen kept the log."
    assert graded("en", notes, "Greta Olsen", "Olsen") is True
    assert graded("en", notes, "Greta Olsen", "Olsson") is False  # a Swedish name, not a slip of the Danish one
