"""A Russian name's adjective in capitals put in the place of the wording's own names another body: with "Вельский
совет" (accept "Вельский совет ремесленных старост"), "Тотемский совет ремесленных старост" is another council,
though the pack reads "совет ремесленных старост" as its own council's name; the name without its adjective and the
card's own adjective stay right. An adjective in small letters is left to other rules, and English to its rules of
names (a word in capitals before a name there is as often a title). Invented names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.qualified_heads import name_qualifier_replaced
from studybot.core.packs import Pack, Section

from .cards import short

RU_CARD = short("Вельский совет", "Вельский совет ремесленных старост",
                prompt="Какой совет возглавил Орлов в 1822 году?")
RU_NOTES = "В 1822 году Орлов возглавил Вельский совет ремесленных старост."


def _grade(card, language, notes, answer):
    pack = Pack(id="t", title="t", language=language, cards=(card,),
                sections=(Section(id="s", title="s", notes=notes),))
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("answer", "right"), [
    ("Вельский совет ремесленных старост", True),
    ("Вельский совет", True),
    ("совет ремесленных старост", True),
    ("Тотемский совет ремесленных старост", False),
])
def test_another_qualifier_in_russian(answer, right):
    assert _grade(RU_CARD, "ru", RU_NOTES, answer) is right


def test_a_qualifier_in_small_letters_is_left_alone():
    grader = Grader(language="ru")
    wording, got = grader.prep("Вельский совет"), grader.prep("старый совет")
    assert name_qualifier_replaced([wording], got, frozenset()) == ""
    assert name_qualifier_replaced([wording], grader.prep("Тотемский совет"), frozenset()) == "тотемский"


def test_english_is_left_to_its_rules_of_names():
    grader = Grader(language="en")
    wording, got = grader.prep("the Lindmoor Board"), grader.prep("Reverend Board")
    assert name_qualifier_replaced([wording], got, frozenset()) == ""
