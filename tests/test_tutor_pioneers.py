"""Who discovered or invented X (`tutor.pioneers`): a passage must name X, or a sentence next to it must. "The law of
cooling was discovered by Anna Berg" answers no "who discovered the comet?" in notes that speak of comets everywhere
else (the verb is rare there, the comet common); "Carl Osten invented the steam governor" answers "who invented the
steam governor?". General words of English and Russian only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.pioneers import names_act
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def sky() -> Tutor:
    return tutor_on(
        "A comet is a ball of ice and dust.\n\nA comet grows a tail near the Sun.\n\n"
        "The tail of a comet points away from the Sun.\n\nA comet returns after many years.\n\n"
        "The law of cooling was discovered by Anna Berg in 1801.\n\nCarl Osten invented the steam governor in 1788.",
        "Notes")


@pytest.fixture(scope="module")
def sky_ru() -> Tutor:
    return tutor_on(
        "Комета состоит изо льда и пыли.\n\nУ кометы вблизи Солнца вырастает хвост.\n\nХвост кометы направлен от "
        "Солнца.\n\nКомета возвращается через много лет.\n\nЗакон охлаждения открыла Анна Берг в 1801 году.\n\n"
        "Карл Остен изобрёл паровой регулятор в 1788 году.", "Заметки", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Who discovered the law of cooling?", "Anna Berg"), ("Who invented the steam governor?", "Carl Osten")])
def test_the_thing_named_answers(sky: Tutor, question: str, fact: str) -> None:
    assert says(sky, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто открыл закон охлаждения?", "Анна Берг"), ("Кто изобрёл паровой регулятор?", "Карл Остен")])
def test_the_thing_named_answers_ru(sky_ru: Tutor, question: str, fact: str) -> None:
    assert says(sky_ru, question, fact)


@pytest.mark.parametrize("question", ["Who discovered the comet?", "Who discovered comets?"])
def test_another_thing_discovered_is_no_answer(sky: Tutor, question: str) -> None:
    assert sky.ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["Кто открыл комету?", "Кто открыл кометы?"])
def test_another_thing_discovered_is_no_answer_ru(sky_ru: Tutor, question: str) -> None:
    assert sky_ru.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "act"), [
    ("discovered", True), ("invented", True), ("открыл", True), ("открыли", True), ("изобрёл", True),
    ("придумал", True), ("открытый", False), ("открытом", False), ("found", False), ("вышел", False)])
def test_a_verb_of_discovering(word: str, act: bool) -> None:
    assert names_act(word) is act
