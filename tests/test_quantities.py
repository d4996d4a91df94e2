"""Table tests for core/quantities.py: how figures a learner types are read.

Every expected value is what a teacher reading the answer would take it to mean
(DESIGN §4 step 1: number words to digits, "per cent" to "%", magnitudes k, m, mn, bn,
million, billion), not a copy of what the code happens to return.
"""

from __future__ import annotations

import pytest

from studybot.core.quantities import Quantity, find_dates, find_quantities, words_to_digits

# ----------------------------------------------------------------- number words


@pytest.mark.parametrize(("text", "expected"), [
    ("one hundred seventy-six million", "176000000"),
    ("three hundred ten million dollars", "310000000 dollars"),
    ("twenty one", "21"),
    ("twenty-one", "21"),
    ("forty two", "42"),
    ("fourty two", "42"),  # a common misspelling of forty
    ("seven thousand", "7000"),
    ("two thousand and nineteen", "2019"),
    ("nineteen thirty-nine", "1939"),  # a year said the usual way
    ("a million", "1000000"),
    ("a dozen eggs", "12 eggs"),
    ("one two three", "1 2 3"),  # separate numbers stay separate
    ("nil", "0"),
    ("two and a half", "2.5"),
    ("a half", "0.5"),
    ("zero point zero one five percent", "0.015 percent"),
    ("the first visit", "the 1 visit"),
    ("the twenty-eighth of october", "the 28 of october"),
    ("eigth years", "8 years"),  # a misspelt number word before a unit
    # a larger scale multiplies all before it: "a thousand million" is a billion (British usage)
    ("thirteen thousand million dollars", "13000000000 dollars"),
    ("a thousand million", "1000000000"),
    ("two thousand three hundred million", "2300000000"),
    ("two million three hundred thousand", "2300000"),  # a smaller scale after a larger one adds
    ("one million two thousand", "1002000"),
])
def test_number_words_become_digits(text, expected):
    assert words_to_digits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a year and a half", "1.5 year"),
    ("five and a half years", "5.5 years"),
    ("half a year", "0.5 year"),
    ("half a decade", "0.5 decade"),
    ("a quarter of a century", "0.25 century"),
])
def test_fractions_of_time_become_digits(text, expected):
    assert words_to_digits(text) == expected


@pytest.mark.parametrize("text", [
    "someone often",  # "one" and "ten" inside other words
    "tone",
    "ones",
    "none of them",
    "attend the weight room",  # "ten", "eight" inside words
    "a cat",  # "a" alone is not a number
    "176 million",  # digits with a bare scale word are left to the magnitude reader
])
def test_words_that_are_not_numbers_are_left_alone(text):
    assert words_to_digits(text) == text


# ----------------------------------------------------------------- quantities


def _read(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.kind, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # magnitudes
    ("12k", [(12_000, "count", None)]),
    ("1.5bn", [(1_500_000_000, "count", None)]),
    ("1tn", [(1_000_000_000_000, "count", None)]),
    ("42 million tonnes", [(42_000_000_000, "mass", "base")]),  # a measure, in kilograms
    # money: currency before or after, symbol or word, with any magnitude
    ("$176m", [(176_000_000, "money", "USD")]),
    ("USD 176 million", [(176_000_000, "money", "USD")]),
    ("176 mn dollars", [(176_000_000, "money", "USD")]),
    ("US$ 3 bn", [(3_000_000_000, "money", "USD")]),
    ("one hundred seventy-six million dollars", [(176_000_000, "money", "USD")]),
    ("4 bucks", [(4, "money", "USD")]),
    ("€2 billion", [(2_000_000_000, "money", "EUR")]),
    ("3 million euros", [(3_000_000, "money", "EUR")]),
    ("£5k", [(5_000, "money", "GBP")]),
    ("$1,234.56", [(1234.56, "money", "USD")]),
    ("1.234,56 euros", [(1234.56, "money", "EUR")]),  # continental separators
    # percentages
    ("12%", [(12, "percent", "%")]),
    ("12 per cent", [(12, "percent", "%")]),
    ("twelve percent", [(12, "percent", "%")]),
    ("0,015%", [(0.015, "percent", "%")]),  # decimal comma
    ("0.5%", [(0.5, "percent", "%")]),
    ("-5%", [(-5, "percent", "%")]),
    ("3.5 percentage points", [(3.5, "percent", "pp")]),  # points: their own unit (test_percentage_points)
    # thousands separators and decimal commas
    ("1,000", [(1_000, "count", None)]),
    ("12,345,678", [(12_345_678, "count", None)]),
    ("1.234.567", [(1_234_567, "count", None)]),
    ("1 000 000", [(1_000_000, "count", None)]),
    ("3,5", [(3.5, "count", None)]),
    # durations
    ("three months", [(3, "duration", "month")]),
    ("18 months", [(18, "duration", "month")]),
    ("a year and a half", [(1.5, "duration", "year")]),
    ("2 yrs", [(2, "duration", "year")]),
    ("ten days", [(10, "duration", "day")]),
    ("10 weeks", [(10, "duration", "week")]),
    ("2 decades", [(2, "duration", "decade")]),
    # several in one answer, in order
    ("exports fell 12% to $310m", [(12, "percent", "%"), (310_000_000, "money", "USD")]),
    # micrometres and nanometres, in base units (metres)
    ("7 µm", [(7e-6, "length", "base")]),
    ("7 microns", [(7e-6, "length", "base")]),
    ("450 nm", [(4.5e-7, "length", "base")]),
    # a range with its unit written once at the end: the unit is both ends'
    ("2-8 mm", [(0.002, "length", "base"), (0.008, "length", "base")]),
    ("2–8 micrometres", [(2e-6, "length", "base"), (8e-6, "length", "base")]),
    ("10-15%", [(10, "percent", "%"), (15, "percent", "%")]),
    ("2-3 million", [(2_000_000, "count", None), (3_000_000, "count", None)]),
    ("1941-1945", [(1941, "count", None), (1945, "count", None)]),  # years: two figures, no unit to share
    ("4-2", [(4, "count", None), (2, "count", None)]),  # a score: both figures
    ("10-15", [(10, "count", None), (15, "count", None)]),
    ("1628-08-10", [(1628, "count", None)]),  # a date's chain of figures is left to the dates
])
def test_find_quantities(text, expected):
    got = _read(text)
    assert [(kind, unit) for _, kind, unit in got] == [(kind, unit) for _, kind, unit in expected]
    assert [value for value, _, _ in got] == pytest.approx([value for value, _, _ in expected])


@pytest.mark.parametrize("text", [
    "the mayor",
    "Marta Olsen",
    "someone often",
    "a cat",
    "the G7 summit",  # a digit inside a name is not a figure
    "covid-19",
])
def test_text_without_figures_has_no_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(("value", "allowed", "matches"), [
    (176_000_000, 0, True),
    (167_000_000, 0, False),  # swapped digits are a different figure
    (180_000_000, 5_000_000, True),
    (182_000_000, 5_000_000, False),
])
def test_quantity_matches_within_tolerance(value, allowed, matches):
    assert Quantity(176_000_000, "money", "USD").matches(value, allowed) is matches


# ----------------------------------------------------------------- dates


def _dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.year, d.month, d.day) for d in find_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # day precision, several orders
    ("2019-10-28", [(2019, 10, 28)]),
    ("28.10.2019", [(2019, 10, 28)]),
    ("28/10/2019", [(2019, 10, 28)]),
    ("28 Oct 2019", [(2019, 10, 28)]),
    ("Oct 28th, 2019", [(2019, 10, 28)]),
    ("June 14, 1788", [(1788, 6, 14)]),
    ("the fourteenth of June 1788", [(1788, 6, 14)]),
    # day and month without a year
    ("October 28", [(None, 10, 28)]),
    ("28th of October", [(None, 10, 28)]),
    ("twenty-eighth of October", [(None, 10, 28)]),
    ("Sept. 5", [(None, 9, 5)]),
    ("1st of may", [(None, 5, 1)]),
    # month precision
    ("October 2019", [(2019, 10, None)]),
    ("december of 2018", [(2018, 12, None)]),
    ("May 2020", [(2020, 5, None)]),
    ("10/2019", [(2019, 10, None)]),
    ("2019-10", [(2019, 10, None)]),
    # year precision
    ("in 1788", [(1788, None, None)]),
    ("spring 2020", [(2020, None, None)]),
    ("in nineteen eighty-nine", [(1989, None, None)]),
    # two dates, the year only where it was written
    ("on 5 March and 7 April 2019", [(None, 3, 5), (2019, 4, 7)]),
])
def test_find_dates(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "it may rise",  # "may" the verb
    "you may go",
    "42 million tonnes",
    "310",
    "3000",  # not a plausible year
])
def test_text_without_dates_has_no_dates(text):
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "impossible"), [
    ("32 October", 32),  # no month has a day 32
    ("13/13/2019", 13),  # no month 13
    ("2019-13-01", 13),
])
def test_impossible_days_and_months_are_not_read(text, impossible):
    for _year, month, day in _dates(text):
        assert day != impossible and month != impossible
