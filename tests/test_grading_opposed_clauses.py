"""A point's words found in two clauses, where the clause of its other words says the other end of the scale:
"the south was wet, but the north dry" does not say "the north stayed wet", nor "экспорт дорогой, а импорт
дешёвый" "импорт был дорогим" (core/opposed_clauses.py). Cards on invented subjects; each row says what a fair
teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import explain, one_point

EN, RU = Grader(), Grader(language="ru")

NORTH = one_point("the north stayed wet", "What happened to the valley in the drought?")
FERRY = one_point("the ferry was slow", "Why did traders prefer the road?")
IMPORT = one_point("импорт был дорогим", "Что было с торговлей?")
RIVER = one_point("река у мельницы глубокая", "Почему там плавают баржи?")
BOTH = explain("импорт был дорогим", "экспорт был дешёвым", prompt="Что было с торговлей?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    # the point's thing said with the other end of the scale, its word said of another thing: not made
    (EN, NORTH, "the south was wet, but the north dry", False),
    (EN, FERRY, "the road was slow, but the ferry fast", False),
    (RU, IMPORT, "экспорт дорогой, а импорт дешевый", False),
    (RU, IMPORT, "экспорт был дорогим, но импорт дешевым", False),
    (RU, IMPORT, "экспорт дорогой и импорт дешевый", False),
    (RU, RIVER, "у дороги река глубокая, а у мельницы мелкая", False),
    (RU, BOTH, "экспорт был дорогим, а импорт дешевым", False),
    # said of its own thing, whatever the other clause says: made
    (EN, NORTH, "the north stayed wet, but the south was dry", True),
    (EN, NORTH, "the north was wet", True),
    (EN, FERRY, "the ferry was slow, but the road fast", True),
    (RU, IMPORT, "импорт дорогой, а экспорт дешевый", True),
    (RU, IMPORT, "экспорт дешевый, а импорт дорогой", True),
    (RU, RIVER, "река у мельницы глубокая, а у дороги мелкая", True),
    (RU, BOTH, "импорт был дорогим, а экспорт дешевым", True),
    # one thing said low in one place and high in another: the other clause names no other thing
    (EN, one_point("high pressure in the condenser", "Why does the gas condense?"),
     "the pressure is kept low in the boiler and high in the condenser", True),
    (RU, one_point("высокое давление в конденсаторе", "Почему газ конденсируется?"),
     "давление низкое в испарителе и высокое в конденсаторе", True),
])
def test_the_other_end_said_of_the_point_thing(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace


def test_a_point_that_says_both_ends_is_made_across_clauses() -> None:
    # the point's own words: "позже" and "раньше" both belong to it
    card = one_point("озеро замерзает позже и вскрывается раньше", "Как изменился ледостав?")
    assert RU.grade(card, "озеро замерзает позже и вскрывается раньше").correct
