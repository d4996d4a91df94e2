"""A Russian journey's start and end are not exchanged: "люди из Лорвии могли доплыть до Тарсии" is not made by an
answer that sends them to Lorvia ("тарсийцы доплыли до Лорвии") or brings them from Tarsia (`routes.route_swapped`),
while "в" after no "из" says where a thing is ("жившие в Лорвии"), and the journey said as the point says it, in
any order, is made. Invented lands."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import point_made, short

POINT = "люди из Лорвии могли доплыть до Тарсии"
ROWS = [
    ("тарсийцы доплыли до Лорвии", False),
    ("люди из Тарсии могли доплыть до Лорвии", False),
    ("из Тарсии в Лорвию можно было доплыть", False),
    ("люди из Лорвии могли доплыть до Тарсии", True),
    ("до Тарсии люди могли доплыть из Лорвии", True),
    ("из Лорвии можно было доплыть до Тарсии на плоту", True),
    ("люди, жившие в Лорвии, могли доплыть до Тарсии", True),
]


@pytest.mark.parametrize(("given", "right"), ROWS)
def test_a_journeys_start_and_end_keep_their_places(given, right):
    assert point_made("Что показало плавание?", POINT, given, "ru") is right


@pytest.mark.parametrize(("given", "right"), [("из Тарсии в Лорвию", False), ("из Лорвии в Тарсию", True),
                                              ("к Лорвии из Тарсии", False)])
def test_a_short_answer_keeps_them_too(given, right):
    card = short("из Лорвии в Тарсию", prompt="Откуда и куда шли караваны?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, given).correct is right
