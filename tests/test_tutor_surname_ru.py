"""A surname asked of is a name the text may say as "имя" ("почему фамилию X скрывали?": "имя X держали в тайне";
`lexicon_ru_paraphrase`). Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def bureau() -> Tutor:
    return tutor_on(
        "Конструкторское бюро Громова строило тяжёлые гидросамолёты.\n"
        "\n"
        "Имя Громова держали в тайне, чтобы о его работе не узнали за границей.\n"
        "\n"
        "Громов скрывал от родных, что болен.\n"
        "\n"
        "Первый гидросамолёт бюро поднялся в воздух в 1936 году.\n"
        "\n"
        "Фамилию Громовых в городе знали ещё со времён деда-лоцмана.\n", title="Бюро Громова", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Почему фамилию Громова скрывали?", "не узнали за границей"),
    ("Зачем скрывали фамилию Громова?", "не узнали за границей"),
])
def test_a_surname_said_as_a_name(bureau, question, fact):
    assert says(bureau, question, fact)


@pytest.mark.parametrize("question", [
    "Почему фамилию Лаврова скрывали?",  # nobody of that name
])
def test_what_the_notes_do_not_say_is_still_declined(bureau, question):
    assert bureau.ask(question).kind == "decline"
