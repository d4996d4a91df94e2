"""A short symbol the learner types with a capital inside ("pH") is a word of the question even when the pack knows
it: the analyser no longer drops it as a short word (it kept only the symbols the pack lacks, `typed_symbols`), so
"what is the pH of X?" is answered by the sentence giving X's pH, not by another sentence about X. Invented notes in
both languages."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_on("The Orne river is about 40 km long and flows into the Karrow lake.\n\n"
                    "The water of the Orne river has a pH of about 6.5.\n\nThe Orne river freezes in January.",
                    "The Orne river")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_on("Река Орне длиной около 40 км впадает в озеро Карроу.\n\n"
                    "Вода реки Орне имеет pH около 6,5.\n\nРека Орне замерзает в январе.", "Река Орне", "ru")


@pytest.mark.parametrize(("question", "first"), [
    ("What is the pH of the Orne river?", "The water of the Orne river has a pH"),
    ("How long is the Orne river?", "The Orne river is about 40 km long"),
])
def test_a_known_symbol_is_asked(english: Tutor, question: str, first: str) -> None:
    reply = english.ask(question)
    assert reply.kind == "answer" and reply.sentences[0].startswith(first)


@pytest.mark.parametrize(("question", "first"), [
    ("какой pH у реки Орне", "Вода реки Орне имеет pH"),
    ("Какова длина реки Орне?", "Река Орне длиной около 40 км"),
])
def test_a_known_symbol_is_asked_ru(russian: Tutor, question: str, first: str) -> None:
    reply = russian.ask(question)
    assert reply.kind == "answer" and reply.sentences[0].startswith(first)
