"""A word of novelty ("new", "новый") left out of a point where the point or its question says a verb of making: a
thing built, founded or set up is new, so "bridges by Varga" makes "new bridges by Varga" asked what the town built
(`grading.modifiers`). Asked what was spared, "new" is the claim and stays wanted; "old bridges" says the opposite.
Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

EN, RU = Grader(language="en"), Grader(language="ru")


@pytest.mark.parametrize(("grader", "point", "prompt", "given", "right"), [
    (EN, "new bridges by Varga", "What did the town build after the flood?", "bridges by Varga", True),
    (EN, "new bridges by Varga", "What did the town build after the flood?", "old bridges by Varga", False),
    (EN, "new bridges by Varga", "What did the flood spare?", "bridges by Varga", False),
    (EN, "new schools for the miners' children", "What did the union found?", "schools for the miners' children",
     True),
    (RU, "новые мельницы на запруде", "Что построил монастырь?", "мельницы на запруде", True),
    (RU, "новые мельницы на запруде", "Что построил монастырь?", "старые мельницы на запруде", False),
    (RU, "новые мельницы на запруде", "Что уцелело после паводка?", "мельницы на запруде", False),
])
def test_new_is_said_by_making(grader, point, prompt, given, right):
    assert grader.grade(explain(point, prompt=prompt), given).correct is right
