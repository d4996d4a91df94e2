"""A Russian date names its year in the genitive ("17 мая 1903 года"), which reads as a length of time ("2 года")
when taken alone: inside a date it is a year, and the sentence gives no duration ("how long did X last?" is not
answered by it), while "строили 2 года" still gives one. Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def ferry():
    return tutor_on(
        "Паром через реку Велль впервые пошёл 17 мая 1903 года от пристани Тарн.\n"
        "Первый рейс парома от пристани Тарн длился 40 минут.\n"
        "Мост через Велль строили 2 года.", "Паром и мост через Велль", language="ru")


def test_the_year_of_a_date_is_no_duration(ferry):
    doc = next(d for d in ferry.docs if d.text.startswith("Паром через реку"))
    assert "duration" not in doc.traits.kinds


@pytest.mark.parametrize(("opening", "kind"), [("Мост через Велль", "duration"), ("Первый рейс", "duration")])
def test_a_length_of_time_is_still_one(ferry, opening, kind):
    doc = next(d for d in ferry.docs if d.text.startswith(opening))
    assert kind in doc.traits.kinds


def test_how_long_is_answered_by_the_length_of_time(ferry):
    assert says(ferry, "Сколько длился первый рейс парома от пристани Тарн?", "40 минут")
