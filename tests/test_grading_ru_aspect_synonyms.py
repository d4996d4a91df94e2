"""A synonym of a verb is a synonym of its other aspect (round 22): the Russian tables list mostly one aspect of a
verb ("жалеть", "оборонять", "торопиться"), so a point said with the other aspect's synonym ("присяжные пожалели" for
"сочувствовали", "гарнизон защитил" for "оборонял", "мастер поспешил" for "торопился") is made, the other aspect
read by its prefix or its imperfective (`ru_families.aspect_stems`). A denial still denies, and a verb of another
meaning is no synonym. General Russian (`meaning`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_families import aspect_stems
from tests.cards import one_point

JURY = one_point("присяжные сочувствовали подсудимой", "Как вели себя присяжные?")
FORT = one_point("гарнизон оборонял крепость", "Что делал гарнизон?")
SMITH = one_point("мастер торопился закончить заказ", "Что делал мастер?")
PITY = one_point("присяжные пожалели подсудимую", "Как вели себя присяжные?")  # the point in the other aspect

ROWS = [
    (JURY, "присяжные пожалели подсудимую", True), (JURY, "присяжные не пожалели подсудимую", False),
    (JURY, "присяжные осудили подсудимую", False),
    (FORT, "гарнизон защитил крепость", True), (FORT, "гарнизон сдал крепость", False),
    (FORT, "гарнизон не защитил крепость", False),
    (SMITH, "мастер поспешил закончить заказ", True), (SMITH, "мастер не спешил закончить заказ", False),
    (PITY, "присяжные сочувствовали подсудимой", True), (PITY, "присяжные осудили подсудимую", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_synonym_of_the_other_aspect(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("word", "stem", "has"), [
    ("пожалели", "пожалел", "жалел"),  # an aspect prefix taken off
    ("защитил", "защит", "защища"),  # a perfective's imperfective
])
def test_the_stems_of_the_other_aspect(word, stem, has):
    assert has in aspect_stems(word, stem)


def test_no_verb_has_none():
    assert aspect_stems("пожар", "пожар") == ()
