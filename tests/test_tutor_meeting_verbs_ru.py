"""A Russian question's verb of meeting up ("встретились") is met by a text's other verb of it ("соединились"), and one
of flowing out ("утекает") by "вытекает" (`lexicon_ru_verbs`). Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def valley() -> Tutor:
    return tutor_on(
        "Полк Орлова шёл на запад, а полк Зубова стоял у брода.\n"
        "В мае оба полка соединились у села Вязовка.\n"
        "Зубов встретил в Вязовке купца Ларина.\n"
        "\n"
        "Из озера Светлого вытекает только одна речка — Тихоня.\n"
        "В озеро впадают сорок ручьёв.\n"
        "Тихоня течёт на север и впадает в реку Мшагу.\n"
        "Весной талая вода утекает по оврагам.\n", title="Долина Светлого", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Где встретились полки?", "Вязовка"),  # встретились / соединились
    ("Что утекает из озера Светлого?", "Тихоня"),  # утекает / вытекает (not the sentence that says "утекает")
])
def test_a_verb_said_otherwise(valley, question, fact):
    assert says(valley, question, fact)


@pytest.mark.parametrize("question", [
    "Где встретились армии?",  # no armies in the notes
    "Что утекает из озера Тёмного?",  # another lake
])
def test_what_the_notes_do_not_say_is_still_declined(valley, question):
    assert valley.ask(question).kind == "decline"
