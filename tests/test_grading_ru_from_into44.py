"""A Russian source said as a goal (round 44, issue #11): "ковры везли в Персию" for "ковры везли из Персии" puts the
point's place on the other side of "из" / "в" (`grading.place_sides`), and so does "из крепости" for "в крепость" (a
goal); but a point's "в" of a place ("во льду") may be met by "из" ("пузырьки из льда"). Rows that stay right beside
the traps: the same "из", both directions said, a cause ("из-за войны") met by a time ("в войну")."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

RU = Grader(language="ru")
RUGS = one_point("ковры везли из Персии", "Откуда везли ковры?")
WATER = one_point("воду качали из глубокой скважины", "Откуда брали воду?")
BUBBLES = one_point("во льду сохранились пузырьки воздуха", "Что сохранилось во льду?")
PRICES = one_point("цены выросли из-за войны", "Почему выросли цены?")
BREAD = one_point("в крепость везли хлеб", "Что везли в крепость?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (RUGS, "ковры везли в Персию", False),
    (WATER, "воду качали в глубокую скважину", False),
    (WATER, "воду качали во глубокую скважину", False),
    (BREAD, "из крепости везли хлеб", False),  # a goal said as a source: "в крепость" is no place ("во льду")
    (RUGS, "ковры везли из Персии", True),
    (BREAD, "в крепость везли хлеб, а из крепости раненых", True),
    (RUGS, "ковры везли из Персии в Москву", True),
    (WATER, "воду качали из глубокой скважины в бак", True),
    (BUBBLES, "пузырьки воздуха сохранились, их достают из льда", True),
    (PRICES, "в войну цены выросли", True),
])
def test_from_and_into(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
