"""In Russian "самый" and "наиболее" only make a superlative ("самые сильные ветры"), which a text may say in other
ways: the comparative with "всего" or "всех" ("сильнее всего"), or the superlative in "-ейший" / "-айший"
("холоднейшие"). The adjective carries what is asked; "самый" weighs as a light word (`lexicon_ru_tutor`), so a
sentence that says the adjective another way is not outranked by one that says "самые" of another adjective
("самые слабые ветры" for "самые сильные ветры?"). Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import place, says, tutor_on

NOTES = """\
Зимой у мыса Берген ветры дуют сильнее всего; их называют штормами.
Летом бывают самые слабые ветры, которые называют бризами.
Весной с гор спускаются холоднейшие ветры, их зовут борой.
Осенью ветры меняют направление каждые две недели.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Ветры у мыса Берген", "ru")


@pytest.mark.parametrize(("question", "sentence"), [
    ("Как называют самые сильные ветры?", "Зимой"),  # "сильнее всего", not "самые слабые"
    ("Как называют самые холодные ветры?", "Весной"),  # "холоднейшие"
    ("Как называются наиболее сильные ветры?", "Зимой"),
])
def test_a_superlative_said_otherwise_ranks_first(tutor: Tutor, question: str, sentence: str) -> None:
    assert place(tutor, question, sentence) == 0
    assert tutor.ask(question).sentences[0].startswith(sentence)


@pytest.mark.parametrize(("question", "fact"), [
    ("Как называют самые слабые ветры?", "бризами"),  # "самые" said as asked still answers
    ("Где дуют самые сильные ветры?", "мыса Берген"),
])
def test_the_superlative_said_alike_still_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", [
    "Как называют самые сухие ветры?",  # an adjective the text never says
    "Когда дуют самые влажные ветры?",
    "Как называют самые высокие горы?",
])
def test_other_superlatives_are_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "kept", "left"), [
    ("Самые сильные ветры?", "сильнее всего", "самые слабые"),  # the other quality's superlative is not added
    ("Самые слабые ветры?", "самые слабые", "сильнее всего"),
])
def test_the_reply_adds_no_superlative_of_another_quality(question: str, kept: str, left: str) -> None:
    tutor = tutor_on("На мысе стоит маяк. Зимой ветры дуют сильнее всего. Рыбаки чинят сети. Летом дуют самые "
                     "слабые ветры. Весной идёт сельдь.", "Ветры у мыса", "ru")
    text = tutor.ask(question).text
    assert kept in text and left not in text
