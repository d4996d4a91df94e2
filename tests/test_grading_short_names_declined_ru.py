"""A short name the pack gives alone (an alias of four or five letters: "Бест" for "Томас Бест") is found in a case
of a sentence ("вместе с Бестом", "Бесту"), as longer names and the surnames read from the notes already are
(core/aliases.Aliases._declinable). Invented people; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

RU = Grader({"Томас Бест": ("Бест",), "Карл Ленц": ("Ленц",), "Джон Уэллс": ("Уэллс",)}, language="ru")
FOUND = explain("Томас Бест", "Карл Ленц", prompt="Кто открыл остров?")
PAIR = explain("Джон Уэллс", "Томас Бест", prompt="Кто построил маяк?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (FOUND, "Ленц вместе с Бестом", True),
    (FOUND, "Бест с Ленцем", True),
    (FOUND, "его открыли Ленц и Бест", True),
    (PAIR, "Уэллсом и Бестом", True),
    # another name, or one of them missing: not right
    (FOUND, "Ленц вместе с Бостом", False),
    (FOUND, "Ленц с Бестселлером", False),
    (FOUND, "Ленцем", False),
    (PAIR, "Уэллсом и Ленцем", False),
])
def test_a_short_name_in_a_case(card, given, right):
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


def test_a_short_name_the_texts_use_as_a_word_stays_a_word() -> None:
    # "ампер" is the unit in the pack's notes: "два ампера" is no case of the physicist's name
    grader = Grader({"Андре Ампер": ("Ампер",)}, language="ru", texts=("Сила тока измеряется в амперах.",))
    assert "андре" not in grader.aliases.apply("сила тока два ампера")
    assert "андре" in Grader({"Андре Ампер": ("Ампер",)}, language="ru").aliases.apply("опыты с ампером")
