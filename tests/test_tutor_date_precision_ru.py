"""A Russian question asks a date to the unit it names: "в каком году" a year, "в каком месяце" a month, "какого
числа" a day; a passage dating the event more coarsely ("в XVII веке" for a year, "в 1721 году" for a day) is no
answer, and the tutor declines when no passage says it (`tutor.date_precision_ru`). Invented texts."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def mill() -> Tutor:
    return tutor_on(
        "Мастер Ольвен построил мельницу у реки Тавры в XVII веке.\n\n"
        "Мельницу перестроили в камне в 1721 году.\n\n"
        "Мельница Ольвена сгорела 8 (19) мая 1790 года.\n", "Мельница Ольвена", "ru", section_title="Мельница")


@pytest.mark.parametrize(("question", "fact"), [
    ("В каком веке Ольвен построил мельницу?", "XVII веке"),
    ("В каком году мельницу перестроили в камне?", "1721"),
    ("Какого числа сгорела мельница Ольвена?", "8 (19) мая"),
    ("В каком месяце сгорела мельница Ольвена?", "мая"),
    ("В каком году сгорела мельница Ольвена?", "1790"),
])
def test_a_date_said_to_the_unit_asked_answers(mill: Tutor, question: str, fact: str) -> None:
    assert says(mill, question, fact)


@pytest.mark.parametrize("question", [
    "В каком году Ольвен построил мельницу?",  # a century only
    "Какого числа мельницу перестроили в камне?",  # a year only
    "В каком месяце мельницу перестроили в камне?",
])
def test_a_coarser_date_is_no_answer(mill: Tutor, question: str) -> None:
    assert mill.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def volcano() -> Tutor:
    return tutor_on(
        "Вулкан Тарнис извергается в среднем раз в несколько лет.\n\n"
        "Последние извержения вулкана Ольвен произошли в 1991 и 2001 годах.\n\n"
        "Вулкан Ольвен впервые описали в 1737 году.\n", "Вулканы края", "ru", section_title="Вулканы")


@pytest.mark.parametrize(("question", "reply"), [
    ("Когда в последний раз извергался Ольвен?", "2001"),  # "последние извержения"
    ("Когда в последний раз извергался Тарнис?", None),  # how often it erupts is no date of the last
    ("Когда было последнее извержение Тарниса?", None),
])
def test_the_last_event_asked_is_said_so(volcano: Tutor, question: str, reply: str | None) -> None:
    if reply is None:
        assert volcano.ask(question).kind == "decline"
    else:
        assert says(volcano, question, reply)
