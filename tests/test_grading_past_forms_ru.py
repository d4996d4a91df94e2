"""A Russian verb in -сти, -зти or -чь is one word in its infinitive and its past ("успели вынести" / "вынесли",
"провести" / "провели", "привлечь" / "привлекли"), which Snowball stems apart; another verb is still another.
Cards on invented subjects of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_ru_past import PAST_FORMS
from tests.cards import explain

RU = Grader(language="ru")
SAVED = explain("книги вынесли из горящей библиотеки", prompt="Почему книги уцелели?")
REFORM = explain("губернатор провёл реформу почты", prompt="Что сделал губернатор?")
GUESTS = explain("ярмарка привлекла купцов", prompt="Чем была важна ярмарка?")

ROWS = [
    (SAVED, "книги успели вынести из горящей библиотеки", True),
    (SAVED, "из горящей библиотеки смогли вынести все книги", True),
    (SAVED, "книги не успели вынести из библиотеки", False),  # negated
    (SAVED, "книги сгорели в библиотеке", False),
    (REFORM, "губернатор провести реформу почты", True),
    (REFORM, "губернатор решил провести реформу почты", True),
    (REFORM, "губернатор отменил реформу почты", False),
    (GUESTS, "ярмарка привлечь купцов", True),
    (GUESTS, "ярмарка смогла привлечь купцов", True),
    (GUESTS, "ярмарка отпугнула купцов", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_infinitive_and_past_are_one_verb(card: object, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right  # type: ignore[arg-type]


@pytest.mark.parametrize(("form", "verb"), [
    ("вынесли", "вынести"), ("провели", "провести"), ("вырос", "вырасти"), ("изобрел", "изобрести"),
    ("привлекла", "привлечь"), ("сберегли", "сберечь"), ("помогли", "помочь"),
])
def test_past_forms(form: str, verb: str) -> None:
    assert PAST_FORMS[form] == verb


@pytest.mark.parametrize("word", ["село", "мел", "смог", "масла", "весла", "числа", "после"])
def test_other_words_are_left_alone(word: str) -> None:
    assert word not in PAST_FORMS
