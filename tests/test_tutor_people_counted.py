""""How many X" where X is a kind of people ("жителей", "пассажиров", "residents") is answered by a figure counting
the general word ("три миллиона человек", "40,000 people") when the rest of the question is met (`counts`,
`_general_counts_kind`); a figure counting another kind ("300 солдат") is not one of them. Shown on small notes
written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

RU_NOTES = """\
Городок Верхнеречье основали на берегу Ольхи в 1740 году.
К 1890 году население Верхнеречья выросло до сорока тысяч человек.
Паром через Ольху в летние месяцы перевозил до 2 тысяч человек в сутки.
В 1905 году в городке стоял гарнизон из 300 солдат.
В 1910 году в Верхнеречье построили кирпичный вокзал.
"""
EN_NOTES = """\
The town of Marlow was founded on the river Welt in 1740.
By 1890 the population of Marlow had grown to 40,000 people.
In summer the ferry across the Welt carried up to 2,000 people a day.
In 1905 a garrison of 300 soldiers was stationed in the town.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(RU_NOTES, "Notes", "ru")


@pytest.fixture(scope="module")
def en() -> Tutor:
    return tutor_on(EN_NOTES, "Notes")


@pytest.mark.parametrize(("question", "fact"), [
    ("сколько жителей было в Верхнеречье к 1890 году?", "сорока тысяч человек"),
    ("сколько пассажиров перевозил паром в сутки?", "до 2 тысяч человек"),
])
def test_a_kind_of_people_is_counted_by_people_ru(ru, question, fact):
    reply = ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize(("question", "fact"), [
    ("how many residents did Marlow have by 1890?", "40,000 people"),
    ("how many passengers did the ferry carry a day?", "2,000 people"),
])
def test_a_kind_of_people_is_counted_by_people_en(en, question, fact):
    reply = en.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize(("language", "question", "unsaid"), [
    ("ru", "сколько жителей было в городке в 1905 году?", "300 солдат"),
    ("ru", "сколько домов было в Верхнеречье к 1890 году?", "сорока тысяч"),
    ("en", "how many houses did Marlow have by 1890?", "40,000"),
])
def test_another_kind_or_no_kind_of_people_is_not_counted(ru, en, language, question, unsaid):
    reply = (ru if language == "ru" else en).ask(question)
    assert reply.kind == "decline" or unsaid not in reply.text
