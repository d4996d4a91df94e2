"""Russian counts the tutor reads in an oblique case, and the kind of material a question asks. Invented texts.

A number word in the instrumental counts the noun after it ("увенчана пятью шпилями", "с десятью башнями": the
tutor's `cardinal`); a feminine noun in "-овь" meets its forms without the vowel ("церковь" / "у церкви":
`FLEETING_VOWEL`), and a noun in "-ов" its forms with an ending ("остров", which Snowball stems "остр", meets "на
острове"); "из какого дерева / металла / камня" is met by a material of that kind said by its adjective ("из
дубовых досок", "медный"), not only by the kind's own word (`materials`)."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_ru_nouns import FLEETING_VOWEL
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("notes", "question", "fact"), [
    ("Северная башня монастыря Орлин построена в 1620 году и увенчана девятью шпилями.",
     "Сколько шпилей у северной башни?", "девятью шпилями"),
    ("Северная башня монастыря Орлин увенчана пятью шпилями.", "Сколько шпилей у северной башни?", "пятью"),
    ("Старый замок Вельт окружён стеной с десятью башнями.", "Сколько башен у стены замка Вельт?", "десятью"),
    ("Мост через Тарну держится на шестью опорами укреплённых сваях.", "Сколько опор у моста через Тарну?",
     "шестью опорами"),
    ("Зимняя Ольвенская церковь построена в 1702 году и увенчана восемью главами.",
     "Сколько глав у Ольвенской церкви?", "восемью главами"),  # "церковь" / "церкви" too
])
def test_an_instrumental_number_counts_the_noun_after_it(notes: str, question: str, fact: str) -> None:
    assert says(tutor_on(notes + "\n", "Тема", "ru", section_title="Раздел"), question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), [
    ("Тарская церковь построена в 1702 году.\n\nОльвенский собор построен в 1650 году.",
     "Когда построено здание Тарской церкви?", "1702"),
    ("Церковь Сретения стоит на берегу реки Вельды.\n\nСобор Ольвен стоит на площади.",
     "На берегу какой реки стоит колокольня церкви Сретения?", "Вельды"),
])
def test_a_noun_in_ov_meets_its_forms_without_the_vowel(notes: str, question: str, fact: str) -> None:
    assert says(tutor_on(notes + "\n", "Тема", "ru", section_title="Раздел"), question, fact)


@pytest.mark.parametrize(("word", "key"), [
    ("церковь", "церкв"), ("церковью", "церкв"), ("любовь", "любв"), ("остров", "остров"), ("покров", "покров"),
    ("полуостров", "полуостров"), ("петров", None), ("вулканов", None), ("ров", "рв"), ("церкви", None),
    ("кровь", "крв"), ("основа", None), ("ов", None)])
def test_the_key_of_a_noun_in_ov(word: str, key: str | None) -> None:
    found = re.match(FLEETING_VOWEL, word)
    assert ("".join(part for part in found.groups() if part) if found else None) == key


def test_a_noun_in_ov_meets_its_form_with_an_ending() -> None:
    notes = ("Тарн — небольшой остров на озере Вельда.\n\nЛетняя часовня построена в 1702 году. Зимняя часовня "
             "построена в 1750 году.\n\nВ 1950 году на острове открыли музей. Сюда перевезли десятки старых построек "
             "со всего края, в том числе мельницу Ольвена.\n")
    assert says(tutor_on(notes, "Тема", "ru", section_title="Раздел"), "Какие постройки перевезли на остров?",
                "мельницу Ольвена")


@pytest.fixture(scope="module")
def fort() -> Tutor:
    return tutor_on(
        "Крепость Ольвен стоит на холме над рекой. Вокруг неё деревянные стены и каменные башни.\n\n"
        "Стены крепости сложены из дубовых брёвен, а ворота обиты медными листами.\n\n"
        "Башни крепости сложены из известняковых блоков.\n", "Крепость Ольвен", "ru", section_title="Крепость")


@pytest.mark.parametrize(("question", "fact"), [
    ("Из какого дерева сложены стены крепости?", "дубовых брёвен"),
    ("Из какого камня сложены башни крепости?", "известняковых"),
])
def test_a_kind_of_material_is_met_by_its_adjective(fort: Tutor, question: str, fact: str) -> None:
    assert says(fort, question, fact)
