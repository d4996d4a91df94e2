"""A quality said by its verb denied, in Russian learners' own words (round 40, issue #11): "не двигается" is
"неподвижный", "не пропускает" "непроницаемый", "не растворяется" "нерастворимый", "не делится" "неделимый", "не
прерывается" "непрерывный", either way round; the verb alone stays the opposite.
General Russian (`lexicon_ru_denied`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

BUOY = one_point("якорь буя неподвижен", "Почему буй не уносит течением?")
FILM = one_point("плёнка непроницаема для газа", "Зачем сыр заворачивают в плёнку?")
CHALK = one_point("мел не растворяется в воде", "Почему мелом можно рисовать на мокром асфальте?")
GRAIN = one_point("зерно считали неделимым", "Как считали раньше?")
PUMP = one_point("насос подаёт воду непрерывно", "Как работает насос?")

ROWS = [
    (BUOY, "якорь буя не двигается", True),
    (BUOY, "якорь у буя не движется", True),
    (BUOY, "якорь буя двигается", False),
    (FILM, "плёнка не пропускает газ", True),
    (FILM, "плёнка пропускает газ", False),
    (CHALK, "мел нерастворим в воде", True),
    (CHALK, "мел растворяется в воде", False),
    (GRAIN, "думали, что зерно не делится", True),
    (GRAIN, "думали, что зерно делится", False),
    (PUMP, "насос подаёт воду, не прерываясь", True),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_denied_verb_is_its_adjective(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
