"""A change said by a verb of making or becoming before a comparative (round 24): "it made the light four times
brighter" is said by "four times brighter", "the roads became safer" by "safer roads", "it got warmer" by "warmer";
the comparative, its figure and its object are still needed, and the other way ("dimmer", "less safe"), another
factor or another thing stays wrong (`grading.made_so`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

LAMP = short("It made the light four times brighter", prompt="What did the electric lamp do to the light?")
ROADS = short("It made the roads safer", prompt="What did the new speed limit do?")
CELLAR = short("the cellar became drier", prompt="What did the drain do to the cellar?")
FERRY = short("the crossing got faster", prompt="What did the steam ferry change?")

ROWS = [
    (LAMP, "four times brighter", True), (LAMP, "the light became four times brighter", True),
    (LAMP, "a four times brighter light", True), (LAMP, "it made the light 4 times brighter", True),
    (LAMP, "four times dimmer", False), (LAMP, "twice as bright", False), (LAMP, "the light became dimmer", False),
    (LAMP, "it made the light four times dimmer", False),
    (ROADS, "safer roads", True), (ROADS, "the roads became safer", True), (ROADS, "roads got safer", True),
    (ROADS, "more dangerous roads", False), (ROADS, "safer cars", False), (ROADS, "the roads", False),
    (ROADS, "less safe roads", False),
    (CELLAR, "drier", True), (CELLAR, "the cellar got drier", True), (CELLAR, "it made the cellar drier", True),
    (CELLAR, "wetter", False), (CELLAR, "the cellar became wetter", False),
    (CELLAR, "it made the cellar wetter", False),
    (FERRY, "a faster crossing", True), (FERRY, "the crossing became faster", True),
    (FERRY, "a slower crossing", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_made_so_is_said_by_its_comparative(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
