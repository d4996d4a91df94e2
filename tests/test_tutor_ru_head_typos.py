""""сколко глав в повести?": a question word typed with a letter left out opens the question, and what it asks is read
from it before any other word is corrected; a long one ("сколко", "почму") as a short one ("wat") was already, but only
a question word that says by itself what is asked, never a verb or an adverb the question words hold besides. Invented
notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise

from .notes import tutor_on

NOVEL = tutor_on("Главы повести печатались в журнале «Нива» в 1901 году, а книгой повесть вышла в 1903 году.\n\n"
                 "В повести 14 глав.\n\n"
                 "Повесть запретили в 1905 году, потому что цензор счёл её финал опасным.",
                 "Повесть «Сад»", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("сколко глав в повести?", "14 глав"),  # "сколько" less a letter: a figure is asked, not the chapters
    ("скольо глав в повести?", "14 глав"),
    ("почму повесть запретили?", "цензор счёл"),
])
def test_a_question_word_less_a_letter_asks_what_it_asks(question: str, fact: str) -> None:
    reply = NOVEL.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("head", "wanted"), [("сколко", "numeric"), ("почму", "reason")])
def test_the_question_word_is_read_in_full(head: str, wanted: str) -> None:
    question = f"{head} глав в повести?"
    asked = NOVEL.analyser.question(question, normalise(question))
    assert asked is not None and getattr(asked.wants, wanted) and head not in {u.text for u in asked.units}


@pytest.mark.parametrize(("question", "read"), [
    ("сколко глав?", "сколько глав?"), ("почму запретили?", "почему запретили?"), ("откда цензор?", "откуда цензор?"),
    ("пошел ли цензор?", "пошел ли цензор?"),  # a verb of its own, no slip of "прошел", which the question words hold
    ("казалось ли цензору?", "казалось ли цензору?"),  # nor of "оказалось"
])
def test_only_a_word_asking_by_itself_is_restored(question: str, read: str) -> None:
    assert NOVEL.analyser._head_word(question) == read
