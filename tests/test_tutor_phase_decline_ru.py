"""A "when" question of a thing's decline ("когда X пошла на спад?", "когда X пришёл в упадок?") asks its end, so a
passage telling only of its beginning does not answer it (`tutor.phases`), while one telling of the decline does.
Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.phases import _phase
from tests.notes import says, tutor_on

BEGINNING = """\
Промышленная ловля сига на озере Светлом началась в 1948 году.
Сига с озера Светлого возили в Тверь.
"""
BOTH = BEGINNING + "Ловля сига на озере Светлом пошла на спад в 1975 году, когда озеро обмелело.\n"


@pytest.mark.parametrize("question", ["Когда ловля сига на озере Светлом пошла на спад?",
                                      "В каком году ловля сига на озере Светлом пришла в упадок?"])
def test_ru_a_decline_is_not_answered_by_a_beginning(question):
    assert tutor_on(BEGINNING, "Озеро Светлое", "ru").ask(question).kind == "decline"


def test_ru_a_decline_is_answered_by_the_decline():
    assert says(tutor_on(BOTH, "Озеро Светлое", "ru"), "Когда ловля сига на озере Светлом пошла на спад?", "1975")


# a year something was done since ("строили с 1962 года") tells of its beginning, unless an end follows it; and
# "закончен", "закончена" ask of its end
SINCE_RU = """\
Канал Лесной строили с 1962 года силами трёх трестов.
Канал Лесной забирал воду из реки Ветлуги.
"""
SPAN_RU = """\
Канал Лесной строили с 1962 по 1971 год силами трёх трестов.
Канал Лесной забирал воду из реки Ветлуги.
"""


@pytest.mark.parametrize("question", ["Когда закончили строить канал Лесной?", "В каком году закончили канал Лесной?"])
def test_ru_a_year_since_is_no_end(question):
    assert tutor_on(SINCE_RU, "Канал Лесной", "ru").ask(question).kind == "decline"


def test_ru_a_span_of_years_tells_the_end():
    assert says(tutor_on(SPAN_RU, "Канал Лесной", "ru"), "В каком году закончили канал Лесной?", "1971")


def test_ru_a_year_since_tells_the_beginning():
    assert says(tutor_on(SINCE_RU, "Канал Лесной", "ru"), "Когда начали строить канал Лесной?", "1962")



@pytest.mark.parametrize(("text", "begin", "end"), [
    ("канал строили с 1962 года", True, False),
    ("канал строили с 1962 по 1971 год", False, False),  # a span: neither phase alone
    ("канал строили с 1962 года до 1971 года", False, False),
    ("когда канал был закончен", False, True),  # the participle
    ("когда была закончена дорога", False, True),
    ("канал закончили в 1971 году", False, True),
])
def test_ru_the_phases_a_text_tells(text, begin, end):
    assert _phase(text, "ru") == (begin, end)
