"""A Russian question of who or when of an invention ("кто изобрёл X?", "когда изобрели X?") asks of that event
only (`tutor.events.EVENTS_RU`), as in English: a passage naming X but telling of another event ("жители носили
колпаки", nor a word that only begins alike, "изображение") does not answer it; one saying the invention in any word
("изобрела", "создал", "сконструировал", "получил патент") does. General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def town() -> Tutor:
    return tutor_on(
        "В 1820 году жители Вильда носили стеклянные колпаки с изображением солнца.\n"
        "Мастер Ирма Голтс изобрела масляный фонарь в 1830 году.\n"
        "Инженер Эрик Стам сконструировал паровой насос для шахт Вильда.\n"
        "В 1851 году Густав Ренн получил патент на дверной замок.\n", "Изобретения Вильда", "ru",
        section_title="Изобретения")


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто изобрёл масляный фонарь?", "Ирма Голтс"),
    ("кто изобрел паровой насос", "Эрик Стам"),
    ("Когда изобрели дверной замок?", "1851"),
])
def test_an_invention_said_answers(town: Tutor, question: str, fact: str) -> None:
    assert says(town, question, fact)


@pytest.mark.parametrize("question", ["Кто изобрёл стеклянные колпаки?", "кто изобрел колпак"])
def test_another_event_of_the_thing_is_no_answer(town: Tutor, question: str) -> None:
    assert town.ask(question).kind == "decline"
