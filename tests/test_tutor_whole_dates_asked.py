"""A whole date in a question, its day and month said, names the day it asks of even with no preposition before it
("сколько пассажиров было в первом вагоне 1 мая 1899 года?", "the first car of 1 May 1899"): a passage telling of
other years only does not answer it (`tutor.years_asked.year_uncovered`), one of that date does. Shown on notes
written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

RU = """\
Трамвай в Верхнедольске пустили в 1899 году.
3 сентября 1898 года от вокзала до Соборной площади прошёл первый пробный вагон с двенадцатью пассажирами.
Линию строила бельгийская компания «Ломбар и сыновья».
"""
EN = """\
The Dellport tramway opened in 1899.
On 3 September 1898 the first trial car ran from the station to Market Square with twelve passengers.
The line was built by the Belgian firm Lombard and Sons.
"""
NOTES = {"ru": RU, "en": EN}


@pytest.mark.parametrize(("language", "question"), [
    ("ru", "Сколько пассажиров было в первом вагоне 1 мая 1899 года?"),
    ("ru", "Сколько пассажиров везли в первом вагоне 1 мая 1899?"),
    ("en", "How many passengers were in the first car of 1 May 1899?"),
    ("en", "How many passengers were in the first car of May 1, 1899?"),
])
def test_a_whole_date_no_passage_tells_of_is_declined(language, question):
    assert tutor_on(NOTES[language], "Tramway", language).ask(question).kind == "decline"


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("ru", "Сколько пассажиров было в первом вагоне 3 сентября 1898 года?", "двенадцатью пассажирами"),
    ("ru", "Сколько пассажиров было в первом пробном вагоне?", "двенадцатью пассажирами"),
    ("en", "How many passengers were in the first car of 3 September 1898?", "twelve passengers"),
    ("en", "How many passengers were in the first trial car?", "twelve passengers"),
])
def test_the_date_told_or_none_asked_is_answered(language, question, fact):
    assert says(tutor_on(NOTES[language], "Tramway", language), question, fact)
