"""A year the question names: of the passages that answer it, one telling of that year answers before one telling
only of another year ("what did the garden receive in 1931?": not "In 1902 the garden received ..."), in English
and Russian. A passage naming no year is not set aside, and a year the text does not tell of is still declined.
Invented texts (a botanical garden), never a pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

GARDEN = ("The botanical garden of Lorrin lies on the river Ost.\n"
          "In 1902 the Lorrin garden received the status of a protected site from the state.\n"
          "Its director then was Mara Oss.\n"
          "In 1931 the city council gave it a glass palm house.\n"
          "In 1958 the garden was flooded and lost most of its roses.\n")

SAD = ("Ботанический сад Лоррина стоит на реке Ост.\n"
       "В 1902 году сад Лоррина получил статус охраняемого объекта.\n"
       "В 1931 году он получил от городского совета стеклянную пальмовую оранжерею.\n"
       "В 1958 году сад затопило, и он потерял большую часть роз.\n")


@pytest.fixture(scope="module")
def garden():
    tutor = tutor_on(GARDEN, "Lorrin")
    yield tutor
    tutor.close()


@pytest.fixture(scope="module")
def sad():
    tutor = tutor_on(SAD, "Лоррин", language="ru")
    yield tutor
    tutor.close()


def chosen(tutor: Tutor, question: str) -> str:
    """The passage the tutor chooses as the answer (before the reply adds the sentences around it)."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    best = tutor.ranker.choose(asked, tutor.ranker.rank(asked))
    assert best is not None, question
    return best.doc.text


@pytest.mark.parametrize("question", [
    "What did the Lorrin garden receive in 1931?",
    "what did the garden get from the state in 1931?",  # a wrong "from the state": what it got in 1931 answers
])
def test_the_passage_of_the_year_asked_answers(garden, question: str) -> None:
    assert says(garden, question, "palm house")


def test_the_year_asked_in_russian(sad) -> None:
    assert chosen(sad, "Что получил сад Лоррина в 1931 году?").startswith("В 1931 году")


def test_a_question_of_another_year_or_none_is_answered_as_before(garden) -> None:
    assert says(garden, "What did the Lorrin garden receive in 1902?", "status of a protected site")
    assert says(garden, "Who was the director of the garden?", "Mara Oss")


def test_a_year_the_text_does_not_tell_of_is_declined(garden) -> None:
    assert garden.ask("What did the Lorrin garden receive in 1975?").kind == "decline"
