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


# "кто из X ...?" asks a doer of a kind of X; "кого ...?" asks the verb's object, the phrase right after it
OTHERS = """\
Узкоколейку у озера Светлое проложили в 1931 году.
Летом по узкоколейке ходила дрезина, и на дрезине возили путейцев и их семьи.
Зимой на озере остаются немногие птицы: утки и гуси зимуют на полыньях.
Осенью по узкоколейке возили на склад торф.
Весной дрезину чинили.
"""


@pytest.fixture(scope="module")
def others() -> Tutor:
    return tutor_on(OTHERS, "Озеро Светлое", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Кого возили на дрезине?", "путейцев и их семьи"),  # the object after the verb, a pronoun inside it
    ("Кто из птиц зимует на полыньях?", "утки и гуси"),  # a kind of the birds, opening the clause
])
def test_ru_whom_and_who_of_a_kind_are_answered_by_a_noun(others: Tutor, question: str, fact: str) -> None:
    reply = others.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("sentence", "question", "said"), [
    ("Летом по узкоколейке ходила дрезина, и на дрезине возили путейцев и их семьи.", "Кого возили на дрезине?",
     True),
    ("Осенью по узкоколейке возили на склад торф.", "Кого возили по узкоколейке?", False),  # a preposition after it
    ("Весной дрезину чинили.", "Кого чинили весной?", False),  # nothing after the verb; its opening is no object
    ("Зимой на озере остаются немногие птицы: утки и гуси зимуют на полыньях.", "Кто из птиц зимует на полыньях?",
     True),
    ("Зимой на озере остаются немногие птицы: утки и гуси зимуют на полыньях.", "Кто из птиц остаётся зимой?",
     False),  # the clause opens with a time word, then the question's own words
])
def test_doer_said_ru_of_whom_and_of_a_kind(others: Tutor, sentence: str, question: str, said: bool) -> None:
    doc = next(d for d in others.docs if d.text == sentence)
    assert doer_said_ru(doc, _asked(others, question), others.library.words) is said
