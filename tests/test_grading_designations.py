"""A designation of letters and a number written glued ("МБ12", "№7") where the card writes it apart ("МБ-12",
"№ 7"): one designation (core/grading/designations.py). Cards on invented subjects (a harbour's tugs, a
brewery's vats), so a rule that passes is one of writing, not of a text; each row says what a fair teacher marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.designations import designations_apart
from studybot.core.packs import Card, Mistake

from .cards import short

RU = Grader(language="ru")
EN = Grader()


def choice(answer: str, *options: str, prompt: str = "Какой буксир вышел первым?") -> Card:
    return Card(id="o", section="s", kind="choice", prompt=prompt, answer=answer, options=options)


TUG = short("буксир МБ-12", prompt="Какой буксир вывел паром из гавани?")
TUGS = choice("МБ-12", "МБ-12", "МБ-21", "Т-7", "ПК-3")
VAT = Card(id="z", section="s", kind="cloze", prompt="Заполните пропуски.", answer="",
           text="Пиво бродило в чане № {{7}} двенадцать {{дней}}.", blanks=(("7",), ("дней",)))
FORMULA = short("CO2", prompt="What gas does the yeast give off?")
TUG_EN = short("the tug T-12", prompt="Which tug towed the ferry?")
DREDGE = short("земснаряд Волгарь-7Б", prompt="Какой земснаряд углубил фарватер?")
TANK = short("Т-12", prompt="Какой танкер пришёл первым?")
WITH_MISTAKE = Card(id="m", section="s", kind="short", prompt="Какой буксир вывел паром из гавани?",
                    answer="буксир МБ-12", mistakes=(Mistake(("МБ-21",), "Нет, МБ-21 стоял в доке."),))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    # glued, hyphenated or spaced: one designation
    (RU, TUG, "МБ12", True),
    (RU, TUG, "буксир мб12", True),
    (RU, TUG, "МБ 12", True),
    (RU, TUGS, "МБ12", True),
    (RU, TUGS, "мб12", True),
    (RU, VAT, "№7, дней", True),
    (EN, TUG_EN, "T12", True),
    # ... but another number, or other letters, is another designation
    (RU, TUG, "МБ21", False),
    (RU, TUG, "МБ13", False),
    (RU, TUG, "МК12", False),
    (RU, TUGS, "МБ21", False),
    (RU, TUGS, "Т7", False),
    (RU, VAT, "№8, дней", False),
    (EN, TUG_EN, "T21", False),
    (RU, WITH_MISTAKE, "МБ21", False),
    # a mark of any length the card writes with a hyphen, and a variant's letter after the number
    (RU, DREDGE, "Волгарь7Б", True),
    (RU, DREDGE, "земснаряд волгарь7б", True),
    (RU, DREDGE, "Волгарь7В", False),
    (RU, DREDGE, "Волгарь8Б", False),
    # Latin letters drawn like the card's Cyrillic ones ("T" for "Т", "MБ"), glued or apart
    (RU, TANK, "T-12", True),
    (RU, TANK, "T12", True),
    (RU, TUG, "MБ-12", True),
    (RU, TANK, "T-21", False),
    # the card's number with other letters is another designation, however the rest matches
    (RU, TANK, "Ф-12", False),
    (RU, TANK, "КБ-12", False),
    (RU, TUG, "буксир МК-12", False),
    (RU, TUG, "буксир мб-12", True),
    # a formula the card writes glued is read as it always was
    (EN, FORMULA, "CO2", True),
    (EN, FORMULA, "CO", False),
    (EN, FORMULA, "O2", False),
])
def test_designations(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace


@pytest.mark.parametrize(("answer", "texts", "read"), [
    ("МБ12", ("МБ-12",), "МБ-12"),
    ("буксир мб12 и т7", ("МБ-12", "Т 7"), "буксир МБ-12 и Т 7"),
    ("№7", ("чан № 7",), "№ 7"),
    ("волгарь7б", ("Волгарь-7Б",), "Волгарь-7Б"),
    ("T-12 и P 7", ("Т-12", "Р 7"), "Т-12 и Р 7"),
    # a long word and a figure apart is no designation; glued, it is read only as a hyphenated mark
    ("волгарь7", ("Волгарь 7",), None),
    ("Т-12", ("Т-12",), None),
    # nothing the card writes apart: no reading
    ("МБ12", ("МБ12",), None),
    ("CO2", ("CO2",), None),
    ("МБ12", ("МБ-13",), None),
    # a word, not a mark; a decimal is no designation
    ("буксир12", ("буксир 12",), None),
    ("т7,5", ("т 7",), None),
    ("без цифр", ("МБ-12",), None),
])
def test_reading(answer: str, texts: tuple[str, ...], read: str | None) -> None:
    assert designations_apart(answer, texts) == read


@pytest.mark.parametrize(("answer", "wordings", "other"), [
    ("Ф-12", ("Т-12",), "Ф-12"),
    ("буксир КБ12", ("буксир МБ-12",), "КБ12"),
    ("T-12", ("Т-12",), None),  # look-alike letters: one letter
    ("R12", ("Р-12",), None),  # romanised
    ("F-12", ("Р-12",), "F-12"),
    ("Т-13", ("Т-12",), None),  # another number: no designation of the card's to compare with
    ("к 1941 году", ("в 1941 году",), None),  # a preposition before a figure is no mark
    ("т-12", ("т-12 или т-14",), None),
])
def test_other_designation(answer: str, wordings: tuple[str, ...], other: str | None) -> None:
    from studybot.core.grading.designations import other_designation
    assert other_designation(answer, wordings) == other
