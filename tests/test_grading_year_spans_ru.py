""""десятилетие" and "столетие" are spans of years said by a noun: "через десятилетие" is 10 years, "два десятилетия"
20, "полстолетия" 50, as "полвека" is; an ordinal before them names a period, no figure ("в первом десятилетии
века"), and a wrong count stays wrong. Invented subjects (`numbers_ru.ru_words_to_digits`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ru_words_to_digits
from tests.cards import numeric

WORDS = [
    ("через десятилетие", "через 10 лет"),
    ("два десятилетия", "20 лет"),
    ("полтора десятилетия", "15 лет"),
    ("три столетия", "300 лет"),
    ("полстолетия", "50 лет"),
    ("в первом десятилетии века", "в 1 десятилетии века"),  # a period
    ("первое десятилетие", "1 десятилетие"),
]


@pytest.mark.parametrize(("said", "read"), WORDS)
def test_spans_as_years(said: str, read: str) -> None:
    assert ru_words_to_digits(said) == read


RU = Grader(language="ru")
TERM = numeric(10, "year", "10 лет", prompt="Через сколько лет ссыльный мог вернуться домой?")
LOAN = numeric(50, "year", "50 лет", prompt="Сколько лет город выплачивал заём?")

ROWS = [
    (TERM, "через десятилетие", True),
    (TERM, "примерно через десятилетие, если вёл себя смирно", True),
    (TERM, "через два десятилетия", False),
    (TERM, "через столетие", False),
    (LOAN, "полстолетия", True),
    (LOAN, "пять десятилетий", True),
    (LOAN, "четыре десятилетия", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_spans_answer_years(card: object, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right  # type: ignore[arg-type]
