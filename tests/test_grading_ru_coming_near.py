"""Coming near and going away, said by a verb of riding, flying or sailing up or off (round 40, issue #11): "поезд
подъезжает", "самолёт подлетает" are "приближается" ("при приближении"), "катер уплывает", "поезд уезжает" are
"удаляется" ("при удалении"); the other way stays wrong. General Russian (`lexicon_ru_own_words`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

HORN = one_point("при приближении поезда гудок выше", "Что слышит человек на платформе?")
FADING = one_point("при удалении катера гул ниже", "Что слышно с берега?")
PLANE = one_point("самолёт приближается к полосе против ветра", "Как садится самолёт?")

ROWS = [
    (HORN, "когда поезд подъезжает, гудок выше", True),
    (HORN, "когда поезд уезжает, гудок выше", False),
    (FADING, "когда катер уплывает, гул ниже", True),
    (FADING, "когда катер отдаляется, гул ниже", True),
    (FADING, "когда катер подплывает, гул ниже", False),
    (PLANE, "самолёт подлетает к полосе против ветра", True),
    (PLANE, "самолёт улетает от полосы против ветра", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_coming_near_and_going_away(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
