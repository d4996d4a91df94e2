"""Units as packs written blind gave them: a card's unit symbol the grader does not know, spelled by its answer
("kt" with "about 2.9 kilotons": kilotons, so "2,900 tons" is right), a warning for a lower-case symbol it does
not know ("zk"), a unit's symbol in a blank of its name ("нм" for "нанометров") and a range of Roman numerals with
a dash ("IV–V"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.roman import roman_to_digits
from studybot.core.unit_checks import unknown_units
from studybot.core.validate import check_answers


def _numeric(value: float, unit: str, answer: str, tolerance: float = 0.0) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt="How much energy did the test shot release?",
                answer=answer, number=NumberSpec(value, unit, tolerance, False))


def _pack(*cards: Card, language: str = "en") -> Pack:
    return Pack(id="p", title="p", language=language, cards=cards,
                sections=(Section(id="s", title="Notes", notes="The shot was a test."),))


KT = _numeric(4.7, "kt", "about 4.7 kilotons of TNT", 0.2)
KT_RU = _numeric(4.7, "кт", "около 4,7 килотонны", 0.2)


@pytest.mark.parametrize(("card", "given", "right"), [
    (KT, "4.7 kilotons", True),
    (KT, "4,700 tons", True),
    (KT, "about 4.7 kilotons of TNT", True),
    (KT, "4.7 kt", True),
    (KT, "9 kilotons", False),
    (KT, "4.7 megatons", False),
    (KT, "4.7 tons", False),
    (KT_RU, "4,7 килотонны", True),
    (KT_RU, "4700 тонн", True),
    (KT_RU, "4,7 мегатонны", False),
])
def test_a_unit_symbol_spelled_by_the_answer(card, given, right):
    language = "ru" if card is KT_RU else "en"
    assert Grader.for_pack(_pack(card, language=language)).grade(card, given).correct is right


def test_the_answer_agrees_with_its_number_when_the_answer_spells_the_symbol():
    pack = _pack(KT)
    assert check_answers(pack, Grader.for_pack(pack)) == []


@pytest.mark.parametrize(("unit", "warned"), [("zk", True), ("kt", False), ("шт", False), ("km", False),
                                               ("people", False)])
def test_a_lower_case_symbol_the_grader_does_not_know_is_warned_of(unit, warned):
    card = _numeric(3, unit, f"3 {unit}") if unit != "kt" else KT
    assert bool(unknown_units(_pack(card))) is warned


@pytest.mark.parametrize(("text", "read"), [
    ("IV–V", "4–5"),
    ("к IV—V классам", "к 4—5 классам"),
    ("XIX - XX вв.", "19 - 20 вв."),
    ("IV-V", "4-5"),
])
def test_a_range_of_roman_numerals_with_any_dash(text, read):
    assert roman_to_digits(text) == read


CLASSES = Card(id="r", section="s", kind="short", prompt="К каким классам стойкости относят медь?", answer="IV–V")
FILM = Card(id="f", section="s", kind="cloze", prompt="Заполните пропуски.", answer="",
            text="Плёнка растёт от нескольких {{нанометров}} до десятков {{микрометров}}.",
            blanks=(("нанометров",), ("микрометров",)))


@pytest.mark.parametrize(("card", "given", "right"), [
    (CLASSES, "4-5", True),
    (CLASSES, "IV-V", True),
    (CLASSES, "3-4", False),
    (CLASSES, "4", False),
    (FILM, "нм, мкм", True),
    (FILM, "нанометров, микрометров", True),
    (FILM, "мкм, нм", False),
    (FILM, "мм, мкм", False),
])
def test_russian_units_and_numerals(card, given, right):
    assert Grader.for_pack(_pack(card, language="ru")).grade(card, given).correct is right
