"""A person asked of by given name and surname is not answered by a passage about another of the same surname
(`tutor.namesakes`): "when was Edith Harrow born?" by "Thomas Harrow was born in 1801"; the person's own sentence
answers, and so does a namesake when the question asks "who". Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES_EN = """\
Thomas Harrow was born in 1801 in the mill town of Fenby.
Thomas Harrow built the first steam mill of Fenby in 1830.
His sister Edith Harrow ran the mill school.
Edith Harrow kept the mill's accounts after her brother's death.
"""

NOTES_RU = """\
Пётр Ильич Карамов родился в 1840 году в Твери.
Пётр Карамов открыл в Твери первую городскую библиотеку.
Его брат Андрей Карамов собирал старинные карты.
Андрей Карамов передал свои карты библиотеке брата.
"""


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_on(NOTES_EN, "The Harrows of Fenby")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_on(NOTES_RU, "Карамовы из Твери", language="ru")


@pytest.mark.parametrize("question", [
    "When was Edith Harrow born?",  # Thomas's birth only
    "In what year was Edith Harrow born?",
])
def test_a_namesake_does_not_answer_english(english: Tutor, question: str) -> None:
    assert english.ask(question).kind == "decline"


@pytest.mark.parametrize("question", [
    "Когда родился Андрей Карамов?",  # Пётр Ильич's birth only
    "В каком году родился Андрей Карамов?",
])
def test_a_namesake_does_not_answer_russian(russian: Tutor, question: str) -> None:
    assert russian.ask(question).kind == "decline"


@pytest.mark.parametrize(("tutor", "question", "fact"), [
    ("english", "When was Thomas Harrow born?", "1801"),
    ("english", "What did Edith Harrow run?", "mill school"),
    ("english", "Who kept the mill's accounts after Thomas Harrow's death?", "Edith Harrow"),  # "who": a namesake
    ("russian", "Когда родился Пётр Карамов?", "1840"),  # the patronymic between the names
    ("russian", "Что собирал Андрей Карамов?", "карты"),
])
def test_the_person_asked_answers(request: pytest.FixtureRequest, tutor: str, question: str, fact: str) -> None:
    assert says(request.getfixturevalue(tutor), question, fact)
