"""Percentage points and percent (grading.figures.points_contrasted), in English and Russian.

The rule: a figure in percentage points ("2 percentage points", "2 pp", "2 п.п.", "на 2 процентных
пункта") and the same figure in percent agree, since a learner writing "2%" for "2 percentage points"
makes a common and forgivable slip, UNLESS the card sets the two against each other: its prompt,
answer or explanation names both points and percent ("in percentage points, not per cent", "from 5% to
7%, a rise of 2 points or 40%"), or a known mistake of the card is the figure in percent. Then "2%" is
wrong and only points (or a bare "2") answer. The figure must be right either way. Cards are on an
invented subject (unemployment in a made-up province).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.figures import points_contrasted
from studybot.core.packs import Card, Mistake
from studybot.core.quantities import find_quantities
from tests.cards import numeric

EN = Grader()
RU = Grader(language="ru")
ROSE = "By how much did unemployment in the province rise?"
POINTS_NOT_PERCENT = "By how many percentage points (not per cent) did unemployment in the province rise?"
EXPLAINED = "It went from 5% to 7%: a rise of 2 percentage points, or of 40%."


def card(answer: str, prompt: str = ROSE, explanation: str = "", mistakes: tuple[Mistake, ...] = ()) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, explanation=explanation,
                mistakes=mistakes)


@pytest.mark.parametrize(("text", "contrasted"), [
    (POINTS_NOT_PERCENT, True),
    (EXPLAINED, True),
    ("На сколько процентных пунктов (а не процентов) выросла безработица?", True),
    (ROSE, False),
    ("By how many percentage points did it rise?", False),  # points only: nothing set against them
    ("На сколько процентов выросла безработица?", False),
])
def test_points_set_against_percent(text, contrasted):
    assert points_contrasted(text) is contrasted


@pytest.mark.parametrize(("item", "given", "right"), [
    (card("by 2 percentage points"), "2 percentage points", True),
    (card("by 2 percentage points"), "2 pp", True),
    (card("by 2 percentage points"), "by two percentage points", True),
    (card("by 2 percentage points"), "2%", True),  # the usual slip: the card does not contrast them
    (card("by 2 percentage points"), "3 pp", False),
    (card("by 2 percentage points"), "3%", False),
    (card("by 2 percentage points", prompt=POINTS_NOT_PERCENT), "2 pp", True),
    (card("by 2 percentage points", prompt=POINTS_NOT_PERCENT), "2%", False),
    (card("by 2 percentage points", prompt=POINTS_NOT_PERCENT), "2 percent", False),
    (card("by 2 percentage points", explanation=EXPLAINED), "2 percentage points", True),
    (card("by 2 percentage points", explanation=EXPLAINED), "2%", False),
    (card("by 2 percentage points", mistakes=(Mistake(("2%",), "Points, not percent."),)), "2 pp", True),
    (card("by 2 percentage points", mistakes=(Mistake(("2%",), "Points, not percent."),)), "2%", False),
    (card("by 40%"), "by 40 percent", True),
    (numeric(2, "percentage points", "2 percentage points"), "2 pp", True),
    (numeric(2, "percentage points", "2 percentage points"), "2%", True),
    (numeric(2, "percentage points", "2 percentage points"), "2", True),
    (numeric(2, "percentage points", "2 percentage points"), "3%", False),
    (numeric(2, "pp", "2 pp", prompt=POINTS_NOT_PERCENT), "2%", False),
    (numeric(2, "pp", "2 pp", prompt=POINTS_NOT_PERCENT), "2", True),
])
def test_english_points(item, given, right):
    assert EN.grade(item, given).correct is right


RU_ROSE = "На сколько выросла безработица в области?"
RU_POINTS = "На сколько процентных пунктов (а не процентов) выросла безработица в области?"


@pytest.mark.parametrize(("item", "given", "right"), [
    (card("на 2 процентных пункта", RU_ROSE), "на 2 п.п.", True),
    (card("на 2 процентных пункта", RU_ROSE), "на 2 п. п.", True),
    (card("на 2 процентных пункта", RU_ROSE), "на 2%", True),
    (card("на 2 процентных пункта", RU_ROSE), "на 2 процента", True),
    (card("на 2 процентных пункта", RU_ROSE), "на 3 п. п.", False),
    (card("на 2 процентных пункта", RU_POINTS), "на 2 п.п.", True),
    (card("на 2 процентных пункта", RU_POINTS), "на 2%", False),
])
def test_russian_points(item, given, right):
    assert RU.grade(item, given).correct is right


@pytest.mark.parametrize(("text", "unit"), [
    ("на 50 процентов", "%"), ("на 5 процента", "%"), ("на 1 процент", "%"),  # per cent: no "п. п." in them
    ("на 2 п.п.", "pp"), ("на 2 п. п.", "pp"), ("на 2 пп", "pp"), ("на 3 процентных пункта", "pp"),
])
def test_russian_percent_words_are_not_points(text, unit):
    """"процентов" starts with the "п" of "п. п." and is per cent all the same."""
    assert [q.unit for q in find_quantities(text, lang="ru")] == [unit]
