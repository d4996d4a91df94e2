"""Asked the most (or the least) of a figure, a span whose end on that side is the figure answers it: "30-32" or
"30-32, so at most 32" for a maximum of 32 stones, "от 5 до 8" for a minimum of 5; the span's other end ("32-36"
asked the most, "3-5" asked the least of 5) and two figures offered as alternatives ("30 or 32") stay wrong, and
a question that asks no extreme keeps a span for a hedge (`grading.extremes`). Invented cards on a drystone wall."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.extremes import extreme_asked

from .cards import numeric

MOST = numeric(32, "stones", "32 stones", prompt="What is the maximum number of stones a waller lays in an hour?")
PLAIN = numeric(32, "stones", "32 stones", prompt="How many stones did the waller lay in the first hour?")
LEAST = numeric(5, "слоёв", "5 слоёв", prompt="Каково наименьшее число слоёв в сухой кладке?")


@pytest.mark.parametrize(("card", "code", "answer", "right"), [
    (MOST, "en", "30-32", True),
    (MOST, "en", "30-32, so at most 32", True),
    (MOST, "en", "28 to 32", True),
    (MOST, "en", "32", True),
    (MOST, "en", "32-36", False),
    (MOST, "en", "30 or 32", False),
    (MOST, "en", "28-30", False),
    (PLAIN, "en", "30-32", False),
    (LEAST, "ru", "от 5 до 8", True),
    (LEAST, "ru", "5-8 слоёв", True),
    (LEAST, "ru", "3-5 слоёв", False),
])
def test_a_span_asked_its_extreme(card, code, answer, right):
    assert Grader(language=code).grade(card, answer).correct is right


@pytest.mark.parametrize(("question", "code", "side"), [
    ("What is the maximum number?", "en", 1),
    ("What is the lowest level?", "en", -1),
    ("How many stones?", "en", 0),
    ("Каково наименьшее число?", "ru", -1),
    ("The highest and the lowest?", "en", 0),
])
def test_extreme_asked(question, code, side):
    assert extreme_asked(question, code) == side
