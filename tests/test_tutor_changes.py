"""A question of change ("how did X change?", "what was the change in X?", "как изменился X?") is answered in part by
a sentence saying X rose or fell, though it never says "change" (`tutor.changes`); a change done to a thing ("how do
I change a tyre?") is not met so. Invented texts."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.changes import change_units
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def port() -> Tutor:
    return tutor_on(
        "Herring landings at Tarrow fell by a third between 1890 and 1910.\n\n"
        "The harbour board of Tarrow met every spring in the old customs house.\n\n"
        "Wool shipments from Tarrow rose to 4,000 bales a year after the railway came in 1884.\n\n"
        "The board changed the harbour dues in 1899.\n\n"
        "The harbour board discussed changes to the rules of the quay in 1902.", "Tarrow harbour")


@pytest.fixture(scope="module")
def town() -> Tutor:
    return tutor_on(
        "Улов сельди в Ветлуге сократился на треть за двадцать лет.\n\n"
        "Совет гавани собирался каждую весну в старой таможне.\n\n"
        "Вывоз шерсти из Ветлуги вырос до 4000 тюков в год после прихода железной дороги.\n\n"
        "Совет гавани обсуждал изменения правил причала в 1902 году.", "Ветлуга", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("how did herring landings at Tarrow change?", "fell by a third"),
    ("what was the change in wool shipments from Tarrow?", "rose to 4,000 bales"),
    ("how did landings change?", "fell by a third"),
    ("how did shipments change?", "rose to 4,000 bales"),
])
def test_a_change_is_answered_by_a_direction(port: Tutor, question: str, fact: str) -> None:
    assert says(port, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Как изменился улов сельди в Ветлуге?", "сократился на треть"),
    ("Как менялся вывоз шерсти из Ветлуги?", "вырос до 4000"),
    ("Как изменился улов?", "сократился на треть"),
    ("Как изменился вывоз?", "вырос до 4000"),
])
def test_a_change_is_answered_by_a_direction_ru(town: Tutor, question: str, fact: str) -> None:
    assert says(town, question, fact)


def test_a_change_done_to_a_thing_is_not_a_direction(port: Tutor) -> None:
    assert port.ask("how do I change a flat tyre?").kind == "decline"
    assert says(port, "when did the board change the harbour dues?", "1899")


@pytest.mark.parametrize(("text", "marked"), [
    ("how did exports change", True),
    ("what was the change in exports", True),
    ("how do i change a tyre", False),
    ("как изменился экспорт", True),
    ("как изменили закон", False),
])
def test_which_change_is_said_of_its_subject(text: str, marked: bool) -> None:
    from studybot.core.tutor.analysis import Unit
    word = next(w for w in text.split() if w.startswith(("chang", "измен")))
    unit = Unit(word, word, frozenset({word}), frozenset(), 1.0, False)
    lang = "ru" if word.startswith("измен") else "en"
    assert ("zchange" in change_units([unit], text, lang)[0].strong) is marked
