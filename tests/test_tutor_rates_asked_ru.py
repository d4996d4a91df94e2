"""A figure asked per unit of time ("сколько ... за год?", "сколько ... в год добывают?") is answered by a passage that
says a rate, and declined when the passage chosen gives a figure of another kind about the same things
(`tutor.rates_asked`). Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.rates_asked import rate_unsaid
from tests.notes import says, tutor_on

OTHER = """\
Добычу соли в долине Рыжей считают в пудах; один пуд — около 16 килограммов.
Соль из долины Рыжей возили на ярмарку в Ирбит.
"""
RATE = OTHER + "В долине Рыжей добывали около 40 тысяч пудов соли в год.\n"


@pytest.mark.parametrize("question", ["Сколько соли добывали в долине Рыжей за год?",
                                      "Сколько соли в год добывали в долине Рыжей?"])
def test_ru_a_rate_asked_is_declined_without_a_rate(question):
    assert tutor_on(OTHER, "Долина Рыжая", "ru").ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["Сколько соли добывали в долине Рыжей за год?",
                                      "Сколько соли в год добывали в долине Рыжей?"])
def test_ru_a_rate_asked_is_answered_by_a_rate(question):
    assert says(tutor_on(RATE, "Долина Рыжая", "ru"), question, "40 тысяч")


@pytest.mark.parametrize(("question", "text", "unsaid"), [
    ("сколько соли добывали за год", "Один пуд — около 16 килограммов.", True),
    ("сколько соли добывали за год", "Добывали 40 тысяч пудов в год.", False),
    ("сколько соли добывали за год", "Соль добывали ежегодно, по 40 тысяч пудов.", False),
    ("сколько соли в год добывали", "Один пуд — около 16 килограммов.", True),
    ("сколько людей погибло в день сражения", "Погибло 40 тысяч человек.", False),  # a day named, no rate asked
    ("сколько лет было ему в год смерти", "Ему было 40 лет.", False),
    ("когда соль добывали за год", "В 1900 году.", False),  # no figure asked
])
def test_rate_unsaid(question, text, unsaid):
    tutor = tutor_on(OTHER, "Долина Рыжая", "ru")
    asked = tutor.analyser.question(question, question)
    assert asked is not None and rate_unsaid(asked, text, "ru") is unsaid
