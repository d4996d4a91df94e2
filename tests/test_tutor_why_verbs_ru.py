"""A Russian "why" question whose verb the text never uses is answered by the passage that says the rest and gives
a reason ("почему Новгород беспокоила Ливония?": "Новгород тревожила Ливония, потому что ..."); asked where, when or
who, such a verb still counts. What a verb is comes from its ending. Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Unit
from studybot.core.tutor.verbs_ru import unsaid_verb
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def town() -> Tutor:
    return tutor_on(
        "Новгород тревожила Ливония, потому что её войска стояли у Пскова.\n"
        "Новгород торговал с Ливонией солью.\n"
        "\n"
        "Воевода Игнат Сорокин приказал оставить Тобольск, чтобы сберечь людей.\n"
        "Воевода Игнат Сорокин служил в Тобольске.\n"
        "\n"
        "Острог на Чусовой стоял на высоком берегу.\n", "Порубежье", "ru", section_title="Порубежье")


@pytest.mark.parametrize(("question", "fact"), [
    ("Почему Новгород беспокоила Ливония?", "войска стояли"),
    ("Почему Сорокин бросил Тобольск?", "сберечь людей"),
])
def test_a_why_question_with_a_verb_the_text_never_uses_is_answered(town: Tutor, question: str, fact: str) -> None:
    assert says(town, question, fact)


@pytest.mark.parametrize("question", [
    "Где родился воевода Сорокин?",  # "служил в Тобольске" is not where he was born
    "Когда Сорокин покинул Тобольск?",
])
def test_other_questions_keep_the_verb(town: Tutor, question: str) -> None:
    assert town.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "verb"), [
    ("беспокоила", True), ("ругали", True), ("отдать", True), ("беспокоит", True), ("застрял", True),
    ("боялся", True), ("голосовавших", True), ("нести", True),
    ("часть", False), ("крепость", False), ("совет", False), ("пистолет", False), ("пошлина", False),
])
def test_a_verb_is_told_by_its_ending(word: str, verb: bool) -> None:
    unit = Unit(word, word, frozenset({word}), frozenset(), 1.0, False)
    assert unsaid_verb(unit, set()) is verb
    assert not unsaid_verb(unit, {word})  # one the text uses is no unsaid verb
    assert not unsaid_verb(Unit(
        word, word, frozenset({word}), frozenset(), 1.0, True), set())  # nor is a name


def test_a_verb_the_text_uses_is_not_unsaid(town: Tutor) -> None:
    question = "Почему Сорокин приказал?"
    asked = town.analyser.question(question, normalise(question))
    assert asked is not None
    unit = next(u for u in asked.units if u.text == "приказал")
    assert not unsaid_verb(unit, town.library.df)


@pytest.fixture(scope="module")
def flight() -> Tutor:
    return tutor_on(
        "Корабль «Сокол» поднимал одного пилота.\n"
        "Спускаемый шар приземлялся слишком жёстко для человека, поэтому на высоте 7 км пилот катапультировался и "
        "спускался на парашюте.\n"
        "Пилот «Сокола» провёл в полёте 108 минут.\n"
        "Рост пилотов ограничивали 170 см, потому что кабина «Сокола» была тесной.\n", "Сокол", "ru",
        section_title="Полёт")


def test_verbs_the_text_never_uses_need_not_be_covered(flight: Tutor) -> None:
    # "прыгал", "садился": the text says "катапультировался", "спускался"; what else the question asks (the pilot, the
    # parachute, the ship) the passage giving the reason says, or the sentence before it
    assert says(flight, "Почему пилот «Сокола» прыгал с парашютом, а не садился в корабле?", "катапультировался")


@pytest.mark.parametrize("question", [
    "Почему пилот «Сокола» женился?",  # the verb is all it asks of its subject, a common noun
    "Когда пилот «Сокола» прыгал с парашютом?",  # asked when, the verb names the event
])
def test_a_verb_all_the_question_asks_still_counts(flight: Tutor, question: str) -> None:
    assert flight.ask(question).kind == "decline"
