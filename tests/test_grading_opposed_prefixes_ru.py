"""Two Russian words of one stem under prefixes of opposite directions are two words, never a slip of one, in any
part of speech and any kind of card: "впускной" / "выпускной", "ввоз" / "вывоз", "втекает" / "вытекает", and up or
all at once against out or to the end, "вскипело" / "выкипело" (round 25)
(core/ru_families.py `prefixes_apart`, read by `Language.word_match`). Prefixes that say one thing
("заполняется" / "наполняется") and slips inside the root stay slips. Cards on invented subjects (a mill, a
harbour), so a rule that passes is one of Russian; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card
from studybot.core.ru_families import prefixes_apart

from .cards import one_point, short

RU = Grader(language="ru")

VALVE = one_point("впускной клапан мельницы открыт", "Что происходит, когда жернов набирает ход?")
RIVER = one_point("ручей вытекает из пруда", "Откуда берётся вода для мельницы?")
EXPORT = short("вывоз зерна", prompt="Что запретил указ о гавани?")
TANK = one_point("бак снова наполняется водой", "Что происходит после выпуска пара?")
MILK = one_point("молоко вскипело", "Что случилось на плите?")
KITE = one_point("змей взлетел", "Что было, когда подул ветер?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the other direction's prefix: another word, whatever kind of card
    (VALVE, "выпускной клапан мельницы открыт", False),
    (RIVER, "ручей втекает в пруд", False),
    (EXPORT, "ввоз зерна", False),
    # up or all at once / out or to the end
    (MILK, "молоко выкипело", False), (KITE, "змей вылетел", False),
    # the same word, or a slip inside it: still the point
    (VALVE, "впускной клапан мельницы открыт", True),
    (VALVE, "впускнй клапан мельницы открыт", True),
    (EXPORT, "вывос зерна", True),
    (RIVER, "ручей вытикает из пруда", True),
    (MILK, "молоко вскипело", True), (KITE, "змей взлител", True),
    # ... and a prefix that says the same thing is no other direction
    (TANK, "бак снова заполняется водой", True),
    # a negation still counts
    (VALVE, "впускной клапан мельницы не открыт", False),
])
def test_opposed_prefixes(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


STEM = language("ru").stem


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("впускной", "выпускной", True), ("ввоз", "вывоз", True), ("вход", "выход", True), ("пришли", "ушли", True),
    ("закрыл", "открыл", True), ("взлетел", "слетел", True), ("вскипело", "выкипело", True),
    ("взлетел", "вылетел", True),
    ("заполняется", "наполняется", False), ("добавить", "прибавить", False),  # one thing said
    ("вывоз", "вывоз", False), ("вывоз", "вывос", False),  # the same word; a slip in the root
    ("сбор", "собор", False),  # one prefix with its vowel
    ("вол", "выл", False),  # no prefix: too short a rest
])
def test_prefixes_apart(a: str, b: str, apart: bool) -> None:
    assert prefixes_apart(a, b) is apart


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("впускной", "выпускной", True), ("вытекает", "втекает", True), ("заполняется", "наполняется", False),
    ("выкипает", "вскипает", True),
])
def test_stems_apart(a: str, b: str, apart: bool) -> None:
    assert prefixes_apart(STEM(a), STEM(b)) is apart
