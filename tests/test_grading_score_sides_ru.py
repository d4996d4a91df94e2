"""A Russian score said by its sides ("Беляев выиграл три, а Громов одну") gives each figure to a side: where the
card says whose the score is ("3:1 в пользу Беляева"), the same figures given to the other sides are the other
fact, and the right sides, in any wording, stay right. Cards on invented subjects of no pack."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.score_sides import score_by_sides
from studybot.core.packs import Mistake
from tests.cards import short

RU = Grader(language="ru")
MATCH = replace(short("3:1 в пользу Беляева", "3:1", prompt="Каким был счёт после четырёх партий?"),
                mistakes=(Mistake(("3:1 в пользу Громова",), "Вёл Беляев."),))
BARE = short("3:1", prompt="Каким был счёт после четырёх партий?")  # the card says no side: not read

ROWS = [
    (MATCH, "Беляев выиграл три, а Громов одну", True),
    (MATCH, "у Беляева 3, у Громова 1", True),
    (MATCH, "3:1", True),
    (MATCH, "Громов выиграл три, а Беляев одну", False),  # the sides the other way round
    (MATCH, "у Громова 3, у Беляева 1", False),
    (MATCH, "Беляев выиграл три, а Громов две", False),  # a wrong figure
    (BARE, "Беляев выиграл три, а Громов одну", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_score_by_sides(card: object, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right  # type: ignore[arg-type]


@pytest.mark.parametrize(("given", "read"), [
    ("Беляев выиграл три, а Громов одну", "3:1 в пользу Беляева"),
    ("Громов набрал 2, Беляев 5", "5:2 в пользу Беляева"),
    ("Беляев и Громов сыграли вничью, 2 на 2", None),  # no side each
    ("Беляев выиграл три, Громов три", None),  # a draw
    ("три партии выиграл Беляев", None),
])
def test_sides_read(given: str, read: str | None) -> None:
    assert score_by_sides(MATCH, given, "ru") == read
