"""A Russian question of when, where, who or how many of a death ("когда умер X?", "сколько рабочих погибло?") asks
of that death only (`tutor.events`): a passage naming X but telling of another event ("Ершов в 1905 году построил
мост") does not answer it, one saying the death in any word ("скончался", "гибель", "погибли") or the years of X's
life ("Рябов (1801–1866)") does. General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def works() -> Tutor:
    return tutor_on(
        "Инженер Павел Ершов в 1905 году построил мост через Тавду.\n"
        "На стройке моста работали 300 рабочих из окрестных сёл.\n"
        "Инженер Карл Остен скончался в 1950 году в Перми.\n"
        "Мастер Иван Рябов (1801–1866) строил шлюзы на Каме.\n"
        "При обвале плотины на Каме погибли 12 рабочих.\n", "Мосты", "ru", section_title="Мосты")


@pytest.mark.parametrize(("question", "fact"), [
    ("когда умер Остен", "1950"),
    ("Когда умер Рябов?", "1801–1866"),
    ("сколько рабочих погибло при обвале", "12 рабочих"),
])
def test_a_death_said_answers(works: Tutor, question: str, fact: str) -> None:
    assert says(works, question, fact)


@pytest.mark.parametrize("question", [
    "когда умер Ершов", "Где погиб Павел Ершов?", "сколько рабочих погибло на стройке моста"])
def test_another_event_of_the_same_name_is_no_answer(works: Tutor, question: str) -> None:
    assert works.ask(question).kind == "decline"
