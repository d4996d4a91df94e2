"""A thing coming out so is becoming so (round 21): "корка выходит хрустящей", "получается хрустящей", "становится
хрустящей", "делается хрустящей" are one link verb before an adjective or participle in the instrumental, so either
says a point made with another; the adjective still counts ("выходит мягкой" is not "хрустящей"), and "стали" (also
"of steel") is never read so. "Делаться" before a comparative is becoming so ("сделалась шире": "расширилась"), and
more comparatives have their verb of becoming ("стала проще": "упростилась", "стал крепче": "окреп", "стал больше":
"увеличился"). General
Russian (`ru_becoming`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_becoming import became_said_by_verb
from tests.cards import one_point

CRUST = one_point("корка выходит хрустящей", "Какой выходит корка в печи?")
GLAZE = one_point("глазурь становится гладкой", "Что происходит с глазурью при обжиге?")
ROAD = one_point("дорога расширилась", "Что случилось с дорогой?")
RULES = one_point("правила упростились", "Что стало с правилами после реформы?")
DAM = one_point("плотина окрепла", "Что дал ремонт плотине?")
TOWN = one_point("посад стал больше", "Что случилось с посадом после ярмарки?")

ROWS = [
    (CRUST, "корка получается хрустящей", True), (CRUST, "корка становится хрустящей", True),
    (CRUST, "корка делается хрустящей", True), (CRUST, "корка получилась хрустящей", True),
    (CRUST, "корка получается мягкой", False), (CRUST, "корка становится мягкой", False),
    (CRUST, "корка не получается хрустящей", False),
    (GLAZE, "глазурь выходит гладкой", True), (GLAZE, "глазурь получается гладкой", True),
    (GLAZE, "глазурь выходит шершавой", False),
    (ROAD, "дорога сделалась шире", True), (ROAD, "дорога сделалась уже", False),
    (RULES, "правила стали проще", True), (RULES, "правила стали сложнее", False),
    (RULES, "правила усложнились", False),
    (DAM, "плотина стала крепче", True), (DAM, "плотина стала слабее", False),
    # "стал больше" / "меньше" where nothing follows is growing / shrinking
    (TOWN, "посад вырос", True), (TOWN, "посад увеличился", True), (TOWN, "посад уменьшился", False),
    (TOWN, "посад стал меньше", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_link_verb_is_one_with_another(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("корка выходит хрустящей", "корка становится хрустящей"),
    ("листы стали толщиной 5 мм", "листы стали толщиной 5 мм"),  # "of steel": never a link verb
    ("он вышел из дома", "он вышел из дома"),  # going out: no adjective follows
    ("правила стали проще", "правила упростился"),
])
def test_the_reading(text, read):
    assert became_said_by_verb(text) == read
