""""How many people / сколько человек" is answered by a count of any noun for a person, a role or people of the
language ("9 senators", "40 merchants", "50 гусар и 80 казаков" are people), never by a count of bodies of people
("3 regiments", "3 полка"): `CountWords.collectives`, `people_nouns.people_kinds`. Sitting in a body ("how many
people sit on the board", "сколько человек заседало") asks for its members. Invented texts, English and Russian.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import tutor_on

EN = """The first council of Tarn had 9 senators, all named by the duke.
In 1402 the duke raised 3 regiments against Orsk.
The guild of Tarn sent 40 merchants to the fair at Lisk."""
RU = """В первый совет Тарна вошли 9 сенаторов, всех назначил герцог.
В 1402 году герцог собрал 3 полка против Орска.
Гильдия Тарна отправила на ярмарку в Лиск 40 ремесленников."""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN, "Notes", "en"), "ru": tutor_on(RU, "Notes", "ru")}


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("en", "How many people sat on the first council of Tarn?", "9 senators"),
    ("en", "How many people did the guild of Tarn send to the fair?", "40 merchants"),
    ("ru", "Сколько человек заседало в первом совете Тарна?", "9 сенаторов"),
    ("ru", "Сколько человек гильдия Тарна отправила на ярмарку?", "40 ремесленников"),
])
def test_a_count_of_a_kind_of_people_answers_how_many_people(tutors, language, question, fact):
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))


@pytest.mark.parametrize(("language", "question"), [
    ("en", "How many people did the duke raise against Orsk?"),  # 3 regiments: bodies, not people
    ("ru", "Сколько человек собрал герцог против Орска?"),  # 3 полка
])
def test_a_count_of_bodies_of_people_is_no_count_of_people(tutors, language, question):
    assert tutors[language].ask(question).kind == "decline"
