"""Speed changed, said by the verb of its change (round 22): "паром снижает скорость", "сбавил ход", "теряет
скорость" and "скорость парома падает" are "паром замедляется"; "набирает скорость", "скорость растёт" are
"ускоряется". The direction still counts ("набирает скорость" is no slowing down), a denial still denies, and where
a figure or a factor follows the change is the figure's and the words are left as they are. General Russian
(`ru_speed`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_speed import speed_change_said
from tests.cards import one_point

FERRY = one_point("паром замедляется у причала", "Что делает паром у причала?")
SLED = one_point("санки ускоряются на склоне", "Что происходит с санками на склоне?")
DRIFT = one_point("ледник замедлил движение", "Что произошло с ледником в холодный век?")

ROWS = [
    (FERRY, "паром снижает скорость у причала", True), (FERRY, "у причала паром сбавляет ход", True),
    (FERRY, "паром теряет скорость у причала", True), (FERRY, "скорость парома падает у причала", True),
    (FERRY, "у причала скорость парома снижается", True),
    (FERRY, "паром набирает скорость у причала", False), (FERRY, "паром увеличивает скорость у причала", False),
    (FERRY, "скорость парома растет у причала", False), (FERRY, "паром не снижает скорость у причала", False),
    (FERRY, "паром прибавляет ход у причала", False),
    (SLED, "санки набирают скорость на склоне", True), (SLED, "на склоне скорость санок растет", True),
    (SLED, "санки теряют скорость на склоне", False), (SLED, "на склоне скорость санок падает", False),
    (DRIFT, "ледник снизил скорость движения", True), (DRIFT, "ледник повысил скорость движения", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_change_of_speed_is_its_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("паром снижает скорость", "паром замедляет"),
    ("скорость парома падает", "парома замедляется"),
    ("паром сбавил ход, и", "паром замедлил, и"),
    ("скорость выросла вдвое", "скорость выросла вдвое"),  # a factor: the figure's change
    ("снизил скорость до 50 км/ч", "снизил скорость до 50 км/ч"),  # a level reached
    ("скорость упала на треть", "скорость упала на треть"),
    ("скорость выше, чем у лодки", "скорость выше, чем у лодки"),  # a comparison, no change
])
def test_the_reading(text, read):
    assert speed_change_said(text) == read
