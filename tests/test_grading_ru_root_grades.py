"""A Russian noun of action without a suffix said by its verb, whose root is another grade of the noun's (round 40,
issue #11): "сбор" / "собирали" / "собрали", "отбор" / "отобрала", "взрыв" / "взорвался", "прорыв" / "прорвали",
"тяга" / "тянет", "вызов" / "вызвали", either way round; another prefix ("набор" is no "отобрали") and the
nouns whose sense is another ("забор", "обрыв", "отзыв") are not read so. `ru_verbal_nouns`; invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_verbal_nouns import verbal_noun
from tests.cards import one_point

HARVEST = one_point("сбор винограда", "Что начинается в сентябре?")
BOILER = one_point("взрыв котла", "Что остановило мельницу?")
HORSE = one_point("тяга лошади", "Что двигало плуг?")
SELECTION = one_point("отбор самых крупных зёрен", "Как улучшали сорт?")
DUEL = one_point("вызов на поединок", "Что получил рыцарь?")

ROWS = [
    (HARVEST, "виноград собирали", True), (HARVEST, "виноград собрали", True),
    (HARVEST, "виноград давили", False),
    (BOILER, "котёл взорвался", True), (BOILER, "котёл остыл", False),
    (HORSE, "лошадь тянула плуг", True), (HORSE, "лошадь толкала плуг", False),
    (SELECTION, "отбирали самые крупные зёрна", True), (SELECTION, "отобрали самые крупные зёрна", True),
    (SELECTION, "выбросили самые крупные зёрна", False),
    (DUEL, "его вызвали на поединок", True),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_noun_said_by_its_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("noun", "verb", "paired"), [
    ("сбор", "собрали", True), ("прорыва", "прорвали", True), ("тягу", "тянут", True), ("вызова", "вызывали", True),
    ("набор", "отобрали", False), ("обрыв", "оборвали", False), ("отзыв", "отозвали", False),
    ("бор", "брали", False), ("тяга", "тяжелый", False),
])
def test_the_pairs(noun, verb, paired):
    assert verbal_noun(noun, noun, verb, verb) is paired
