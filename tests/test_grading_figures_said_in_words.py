"""Figures said in words as people say them, in English and Russian: a year in two parts with "oh" ("eighteen oh
three" is 1803, "nineteen o five" 1905; "two oh three" is no year), a Russian scale said alone before the rest of its
number ("миллион семьсот тысяч" is 1 700 000, as "один миллион семьсот тысяч" is), a share in the genitive ("около
трёх четвертей" is 75%: "четвертей" is no slip of "четвёртый"), and a comparative of a measure denied before a
figure, a bound ("не ближе 17 метров", "no closer than 17 metres": at least 17 m). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_en import words_to_digits
from studybot.core.numbers_ru import ru_words_to_digits
from studybot.core.packs import Card, NumberSpec

EN = Grader()
RU = Grader(language="ru")


def numeric(value: float, unit: str, answer: str, tolerance: float = 0.0) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt="How much?", answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


def dated(day: str, answer: str) -> Card:
    return Card(id="d", section="s", kind="date", prompt="When?", answer=answer, date=day, precision="year")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, dated("1803", "1803"), "eighteen oh three", True),
    (EN, dated("1905", "1905"), "in nineteen o five", True),
    (EN, dated("1803", "1803"), "eighteen oh four", False),
    (RU, numeric(1_700_000, "km2", "около 1,7 млн км²", 50_000), "миллион семьсот тысяч квадратных километров", True),
    (RU, numeric(1_700_000, "km2", "около 1,7 млн км²", 50_000), "миллион двести тысяч квадратных километров", False),
    (RU, numeric(75, "%", "около трёх четвертей (75%)", 5), "около трёх четвертей", True),
    (RU, numeric(75, "%", "около трёх четвертей (75%)", 5), "около трёх пятых", False),
    (RU, numeric(17, "m", "примерно 17 метров", 1), "не ближе 17 метров", True),
    (EN, numeric(17, "m", "about 17 metres", 1), "no closer than 17 metres", True),
    (RU, numeric(17, "m", "примерно 17 метров", 1), "не ближе 30 метров", False),
    (EN, numeric(17, "m", "about 17 metres", 1), "no closer than 30 metres", False),
])
def test_a_figure_said_in_words(grader: Grader, card: Card, given: str, right: bool) -> None:
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("text", "read"), [
    ("eighteen oh three", "1803"), ("nineteen oh five", "1905"), ("eighteen twelve", "1812"),
    ("two oh three", "2 oh 3"),  # no year: a code, a score
])
def test_english_years_in_two_parts(text: str, read: str) -> None:
    assert words_to_digits(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("миллион семьсот тысяч", "1700000"), ("один миллион семьсот тысяч", "1700000"), ("миллион двести", "1000200"),
    ("за миллион лет", "за 1 миллион лет"),  # a scale alone is one of it, as "тысяча" is (round 36)
    ("около трех четвертей", "около 3 четвертей"),
])
def test_russian_number_words(text: str, read: str) -> None:
    assert ru_words_to_digits(text) == read
