"""A Russian infinitive in "-оть", "-уть", "-еть" is one verb with its past ("перестали пороть" / "больше не
пороли", "стали тянуть" / "тянули"), which Snowball stems apart ("порот" / "порол": `lexicon_ru_past.
infinitive_as_past`); its negation, another verb and the nouns of those endings ("путь", "сеть") stay as they were.
Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_ru_past import infinitive_as_past
from tests.cards import explain

RU = Grader(language="ru")
FLOGGING = explain("на заводе перестали пороть учеников", prompt="Что изменил новый мастер?")
BARGE = explain("лошади стали тянуть баржи", prompt="Что изменилось на канале?")
ICE = explain("рыбаки кололи лёд у берега", prompt="Что делали рыбаки весной?")
BOATS = explain("плоты перестали тонуть", prompt="Зачем к плотам привязали бочки?")
NETS = explain("рыбаки чинили сеть", prompt="Что делали рыбаки зимой?")
ROAD = explain("обоз шёл через перевал, потому что другой путь размыло", prompt="Почему обоз пошёл через перевал?")

ROWS = [
    (FLOGGING, "на заводе учеников больше не пороли", True),
    (FLOGGING, "учеников на заводе пороли как раньше", False),  # not stopped
    (FLOGGING, "на заводе учеников больше не хвалили", False),  # another verb
    (BARGE, "баржи тянули лошади", True),
    (BARGE, "баржи толкали лошади", False),
    (ICE, "рыбаки ходили колоть лёд у берега", True),
    (ICE, "рыбаки ходили не колоть лёд, а ловить рыбу у берега", False),
    (BOATS, "плоты больше не тонули", True),
    (BOATS, "плоты тонули", False),
    (NETS, "рыбаки чинили сети", True),  # a noun in "-еть" keeps its cases
    (ROAD, "обоз шёл через перевал, потому что другой путь был размыт", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_infinitive_is_its_past(card, given, right):
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("word", "past"), [
    ("пороть", "порол"), ("тянуть", "тянул"), ("колоть", "колол"), ("бороться", "боролся"),
    ("смотреть", "смотрел"), ("зависеть", "зависел"),
    ("путь", None), ("Главсевморпуть".lower(), None), ("ноготь", None), ("сеть", None), ("электросеть", None),
    ("треть", None), ("дуть", None), ("делать", None), ("строить", None),
])
def test_infinitive_as_past(word, past):
    assert infinitive_as_past(word) == past
