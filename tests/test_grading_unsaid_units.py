"""A duration's last part said without its unit: "an hour twenty", "1 hour 20", "час двадцать", "два часа
пятнадцать", "минута тридцать" (core/unsaid_units.py). "минут двадцать" is "about twenty minutes" and "в час
двадцать" a time of day, never a second part. Cards on invented subjects (a ferry, a kiln, a bell)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import numeric

EN, RU = Grader(), Grader(language="ru")

FERRY = numeric(80, "minutes", "80 minutes", prompt="How long did the crossing take?")
KILN = numeric(135, "минут", "2 часа 15 минут", prompt="Сколько обжигали горшки?")
BELL = numeric(90, "секунд", "90 секунд", prompt="Сколько звонил колокол?")
QUARTER = numeric(20, "минут", "20 минут", prompt="Сколько остывала печь?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, FERRY, "an hour twenty", True),
    (EN, FERRY, "1 hour 20", True),
    (EN, FERRY, "about an hour twenty", True),
    (EN, FERRY, "an hour thirty", False),
    (EN, FERRY, "1 hour 20%", False),
    (RU, FERRY, "час двадцать", True),
    (RU, KILN, "два часа пятнадцать", True),
    (RU, KILN, "2 часа 15", True),
    (RU, KILN, "два часа двадцать", False),
    (RU, BELL, "минута тридцать", True),
    (RU, BELL, "минута сорок", False),
    # the figure after its unit says "about": "минут двадцать" is twenty minutes, not seconds
    (RU, QUARTER, "минут двадцать", True),
    (RU, QUARTER, "минута двадцать", False),
])
def test_a_bare_last_part_is_in_the_next_smaller_unit(grader, card, given, right):
    assert grader.grade(card, given).correct is right
