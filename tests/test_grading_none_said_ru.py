""""ни одного", "ни одной", "ни разу" say none: the figure 0, not 1 ("Каспаров не выиграл ни одной партии" answers
"0"); "не один" (more than one) and "одна" stay 1, and a wrong count is still wrong. Invented subjects
(`numbers_ru.ru_words_to_digits`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ru_words_to_digits
from tests.cards import numeric

WORDS = [
    ("ни одной партии", "0 партии"),
    ("не построили ни одного моста", "не построили 0 моста"),
    ("ни один корабль не вернулся", "0 корабль не вернулся"),
    ("ни разу не проиграл", "0 раз не проиграл"),
    ("ни единого выстрела", "0 выстрела"),
    ("не одна партия", "не 1 партия"),  # several, not none
    ("одной партии", "1 партии"),
    ("выиграл одну партию", "выиграл 1 партию"),  # the accusative read as the others are
]


@pytest.mark.parametrize(("said", "read"), WORDS)
def test_none_as_zero(said: str, read: str) -> None:
    assert ru_words_to_digits(said) == read


RU = Grader(language="ru")
WINS = numeric(0, "", "0", prompt="Сколько партий выиграл претендент в первой половине турнира?")
LOST = numeric(0, "", "0", prompt="Сколько раз команда проиграла за сезон?")
BRIDGES = numeric(3, "", "3", prompt="Сколько мостов построили за год?")

ROWS = [
    (WINS, "ни одной за первую половину", True),
    (WINS, "ни одной", True),
    (WINS, "одну партию", False),
    (WINS, "не одну партию", False),
    (LOST, "ни разу", True),
    (LOST, "ни разу за весь сезон", True),
    (LOST, "один раз", False),
    (BRIDGES, "ни одного", False),
    (BRIDGES, "три моста", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_none_answers_zero(card: object, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right  # type: ignore[arg-type]
