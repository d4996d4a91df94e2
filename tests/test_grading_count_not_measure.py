"""A figure with a unit of measure or time answers a bare count ("eight years" for 8), but not a count of the card's
own things: "112 hours" or "112 km" is no 112 moves, "18 км" no 18 спектаклей. The figure with the card's noun, or
bare, still does. Invented cards (`grading.figures.same_quantity`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

EN, RU = Grader(), Grader(language="ru")
MOVES = numeric(112, "moves", "112 moves", prompt="How many moves did the longest game last?")
BARE = numeric(8, "", "8", prompt="How many years did the siege last?")
SHOWS = numeric(18, "спектаклей", "18 спектаклей", prompt="Сколько спектаклей дали за сезон?")

ROWS = [
    (EN, MOVES, "112 moves", True),
    (EN, MOVES, "112", True),
    (EN, MOVES, "one hundred and twelve moves", True),
    (EN, MOVES, "112 hours", False),
    (EN, MOVES, "112 km", False),
    (EN, MOVES, "121 moves", False),
    (EN, BARE, "eight years", True),
    (EN, BARE, "8", True),
    (EN, BARE, "nine years", False),
    (RU, SHOWS, "18 спектаклей", True),
    (RU, SHOWS, "18", True),
    (RU, SHOWS, "18 км", False),
    (RU, SHOWS, "18 часов", False),
]


@pytest.mark.parametrize(("grader", "card", "answer", "right"), ROWS)
def test_a_measure_is_no_count_of_the_card_s_things(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right
