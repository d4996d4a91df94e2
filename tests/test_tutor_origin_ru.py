""""Откуда берётся X?", "откуда взялись X?" ask where X comes from (a reason, as "откуда у X ...?" does), whatever
words stand between "откуда" and the verb: the verb only frames the question, no unit of it, and the question is no
"where" question. "Откуда вывозили X?" and "откуда он родом?" still ask for a place. General words only; invented
texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def sea() -> Tutor:
    return tutor_on(
        "Ветер гонит воду над мелью, и над ней образуются крутые волны.\n"
        "Соль вывозили из порта Листвянка.\n"
        "Туман часто стоит над заливом осенью.\n", "Залив", "ru", section_title="Залив")


@pytest.mark.parametrize(("question", "origin"), [
    ("откуда берутся крутые волны", True),
    ("Откуда над мелью берутся крутые волны?", True),
    ("откуда взялись волны?", True),
    ("откуда берётся туман?", True),
    ("откуда вывозили соль?", False),
    ("откуда везли соль в залив?", False),
])
def test_where_from_with_a_verb_of_coming_asks_an_origin(sea: Tutor, question: str, origin: bool) -> None:
    asked = sea.analyser.question(question, normalise(question))
    assert asked is not None
    assert asked.wants.reason is origin
    assert asked.wants.place is not origin
    texts = {u.text for u in asked.units}
    assert not texts & {"берутся", "берется", "взялись"}


@pytest.mark.parametrize(("question", "fact"), [
    ("откуда берутся крутые волны", "над мелью"),
    ("Откуда над заливом берутся крутые волны?", "над мелью"),
    ("откуда вывозили соль?", "Листвянка"),
])
def test_an_origin_question_is_answered(sea: Tutor, question: str, fact: str) -> None:
    assert says(sea, question, fact)


@pytest.fixture(scope="module")
def crew() -> Tutor:
    return tutor_on(
        "Штурман Карл Остен, швейцарец из Базеля, служил на флоте двадцать лет.\n"
        "Остен командовал шлюпом «Надежда» в походе к Камчатке.\n"
        "Боцман Иван Рябов знал Остена ещё по службе на Балтике.\n", "Экипаж", "ru", section_title="Экипаж")


@pytest.mark.parametrize("question", ["откуда был родом Остен", "Откуда родом штурман Остен?"])
def test_where_from_by_birth_asks_a_place(crew: Tutor, question: str) -> None:
    """"родом" only frames "откуда родом X?" (a place X comes from): no unit the passage must say."""
    asked = crew.analyser.question(question, normalise(question))
    assert asked is not None
    assert asked.wants.place
    assert "родом" not in {u.text for u in asked.units}
    assert says(crew, question, "из Базеля")
