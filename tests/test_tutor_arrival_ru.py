"""Russian questions the notes answer in other words: arriving ("когда X приехал в Y?": "в Y прибыл X",
`lexicon_ru_paraphrase`), and a date asked by the day it starts from ("с какого дня", "до какого месяца": a date, as
"какого числа" is, `lexicon_ru_tutor`). Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Городок Верхнеречье стоит на берегу Ольхи.
13 мая 1890 года в Верхнеречье прибыл губернатор Орлов.
Губернатор осмотрел новую пристань и остался доволен.
Паром через Ольху ходит с 1 апреля по 30 октября.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(NOTES, "Notes", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("когда губернатор приехал в Верхнеречье?", "13 мая 1890"),
    ("когда был приезд губернатора?", "13 мая 1890"),
])
def test_arriving_is_said_otherwise(ru, question, fact):
    reply = ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["когда губернатор приехал в Москву?", "когда приехал купец Сомов?"])
def test_an_arrival_the_notes_do_not_tell_is_declined(ru, question):
    assert ru.ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["с какого дня ходит паром?", "до какого месяца ходит паром?"])
def test_the_day_it_starts_from_asks_a_date(ru, question):
    asked = ru.analyser.question(question, question)
    assert asked is not None and asked.wants.dated
