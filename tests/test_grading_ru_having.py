"""Having little or much of a thing, said by "беден" / "богат" (round 21): "в глине мало извести" is made by "глина
бедна известью", "в руде много меди" by "руда богата медью", either way round; the other word ("богата" for "мало")
stays wrong, and "бедный" / "богатый" alone keep their sense of poor and rich. A condition of having none is "без":
"если нет масла, лампа гаснет" makes "без масла лампа гаснет". General Russian (`ru_having`); invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_having import having_said
from tests.cards import one_point

CLAY = one_point("в местной глине мало извести", "Почему местный кирпич непрочен?")
ORE = one_point("руда богата медью", "Почему рудник был выгоден?")
LAMP = one_point("без масла лампа гаснет", "Когда гаснет лампа?")

ROWS = [
    (CLAY, "местная глина бедна известью", True), (CLAY, "местная глина богата известью", False),
    (CLAY, "в местной глине много извести", False),
    (ORE, "в руде много меди", True), (ORE, "в руде мало меди", False), (ORE, "руда бедна медью", False),
    # a condition of having none is "без"
    (LAMP, "если нет масла, лампа гаснет", True), (LAMP, "лампа гаснет, когда масла нет", True),
    (LAMP, "если есть масло, лампа гаснет", False), (LAMP, "если нет фитиля, лампа гаснет", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_poor_and_rich_in_a_thing_are_little_and_much_of_it(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("глина бедна известью", "глина мало известью"),
    ("край, богатый лесом", "край, много лесом"),
    ("страна бедна", "страна бедна"),  # poor: no noun in the instrumental after it
    ("богатые купцы", "богатые купцы"),
    ("стал богатым купцом", "стал богатым купцом"),  # an attribute of its noun
    ("лампа гаснет, если нет масла", "лампа гаснет без масла"),
    ("если масла нет, лампа гаснет", "без масла лампа гаснет"),
    ("если нет, то нет", "если нет, то нет"),  # "if not": nothing lacked
])
def test_the_reading(text, read):
    assert having_said(text) == read
