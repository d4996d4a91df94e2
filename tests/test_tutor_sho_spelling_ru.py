"""A past of "идти" written with "о" after "ш", as chat writes it ("перешол", "ушол", "пришол"), is read as "перешёл"
(`lexicon_ru_tutor` contractions), so the question finds the passage the spelled form would. Shown on small notes
written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Городок Верхнеречье стоит на берегу Ольхи.
Зимой 1812 года купец Сомов перешёл Ольху по льду с обозом.
Весной 1813 года купец Сомов ушёл с обозом в Москву.
В 1820 году в городке построили каменную пристань.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(NOTES, "Notes", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("когда купец Сомов перешол Ольху?", "1812"),
    ("куда ушол Сомов с обозом?", "в Москву"),
])
def test_sho_is_read_as_shyo(ru, question, fact):
    reply = ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize(("question", "read"), [
    ("через какую реку перешол обоз?", "перешел"), ("куда ушол Сомов?", "ушел"), ("кто пришол первым?", "пришел"),
    ("какой шёлк вёз купец?", "шелк"),
])
def test_the_question_reads_the_past_of_going(ru, question, read):
    asked = ru.analyser.question(question, question)
    assert asked is not None and read in {u.text for u in asked.units}
