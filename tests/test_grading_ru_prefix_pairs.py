"""One Russian act said by a verb under another prefix of the same act (round 40, issue #11): blowing a thing out or
through ("выдувает" / "продувает" / "сдувает"), gathering ("накапливается" / "скапливается"), twisting ("скручивали" /
"перекручивали"), either way round. A prefix that turns the act ("надувает", "раскручивали"), another verb and a
negation stay wrong. `ru_same_act`; invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_same_act import same_act_of
from tests.cards import one_point

TANKS = one_point("сжатый воздух продувает цистерны", "Как лодка всплывает?")
DUNES = one_point("ветер выдувает песок из щелей", "Откуда берутся ямы в скалах?")
FROST = one_point("в низине накапливается холодный воздух", "Почему в низине заморозки?")
ROPE = one_point("волокна скручивали в нить", "Как делали верёвку?")

ROWS = [
    (TANKS, "сжатый воздух выдувает цистерны", True),
    (TANKS, "сжатый воздух надувает цистерны", False),
    (TANKS, "сжатый воздух не продувает цистерны", False),
    (DUNES, "ветер сдувает песок из щелей", True),
    (DUNES, "ветер продувает песок из щелей", True),
    (DUNES, "ветер наметает песок в щели", False),
    (FROST, "в низине скапливается холодный воздух", True),
    (FROST, "в низине рассеивается холодный воздух", False),
    (ROPE, "волокна перекручивали в нить", True),
    (ROPE, "волокна раскручивали", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_one_act_under_two_prefixes(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("выдувает", "продувает", True), ("скапливаются", "накопились", True), ("перекручивание", "скручивали", True),
    ("выдувает", "надувает", False), ("накопил", "закопал", False), ("скручивали", "закручивали", False),
])
def test_the_pairs(a, b, same):
    assert same_act_of(a, b) is same
