"""Who does it, in Russian, said by a body's name or a common noun (`tutor.doers_ru`): "кто выдаёт пропуска?" is
answered by "..., а пропуска выдаёт Горнадзор", "кто управляет шахтами?" by "Шахтами управляет «Уралуголь»", "кто
является арендатором?" by "арендатором является «Тагилстрой»", "кто осушал болото?" by "Бобры годами осушали болото".
Not a place after a preposition ("построили в Тагиле"), a phrase opening with a pronoun or a time word, nor a clause
saying only the question's own words. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Question
from studybot.core.tutor.doers_ru import doer_said_ru
from tests.notes import tutor_on

NOTES = """\
Рудник Серая Гора открыли в 1820 году.
С 2001 года арендатором рудника является «Тагилстрой», а пропуска в штольни выдаёт Горнадзор.
Шахтами рудника сегодня управляет «Уралуголь», входящий в холдинг.
Бобры годами осушали болото у рудника, а ручьи размывали отвалы.
Подъёмник рудника построили в Тагиле в 1905 году.
В 1906 году вышел приказ Горнадзора за подписью управляющего.
Затем подъёмник перестроили.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Рудник Серая Гора", "ru")


def _asked(tutor: Tutor, question: str) -> Question:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто выдаёт пропуска в штольни?", "Горнадзор"),  # the name after the verb
    ("Кто управляет шахтами рудника?", "«Уралуголь»"),  # a name in «»
    ("Кто является арендатором рудника?", "«Тагилстрой»"),  # the post after "является"
    ("Кто осушал болото?", "Бобры"),  # a common noun opening the clause, a time word after it
    ("Кто размывал отвалы?", "ручьи"),  # ... after "а"
])
def test_ru_a_doer_named_by_a_body_or_a_noun_answers_who(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("sentence", "question", "said"), [
    ("Подъёмник рудника построили в Тагиле в 1905 году.", "Кто построил подъёмник?", False),  # a place, no doer
    ("Затем подъёмник перестроили.", "Кто перестроил подъёмник?", False),  # a linking word, then the question's
    ("В 1906 году вышел приказ Горнадзора за подписью управляющего.", "Кто подписал приказ?", False),  # an owner
    ("Шахтами рудника сегодня управляет «Уралуголь», входящий в холдинг.", "Кто управляет шахтами рудника?", True),
    ("Шахтами рудника сегодня управляет «Уралуголь», входящий в холдинг.", "Кто был первым на руднике?", False),
    ("Бобры годами осушали болото у рудника, а ручьи размывали отвалы.", "Кто осушал болото?", True),
    ("Бобры годами осушали болото у рудника, а ручьи размывали отвалы.", "Когда осушали болото?", False),  # no "кто"
])
def test_doer_said_ru(tutor: Tutor, sentence: str, question: str, said: bool) -> None:
    doc = next(d for d in tutor.docs if d.text == sentence)
    assert doer_said_ru(doc, _asked(tutor, question), tutor.library.words) is said


def test_no_doer_is_no_answer(tutor: Tutor) -> None:
    assert tutor.ask("Кто перестроил подъёмник?").kind == "decline"
