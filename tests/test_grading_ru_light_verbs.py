"""A verb said as a light verb and its noun (round 21): "принимали участие" is "участвовали", "оказал помощь"
"помог", "оказывали поддержку" "поддерживали", "нанесла поражение" "победила", "вели войну" "воевали", "нанесло
ущерб" "навредило", either way round; a negation, or another verb, stays wrong ("не принимали участия" is not
"участвовали"; "оказывали давление" is not "помогали"). General Russian (`ru_light_verbs`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_light_verbs import light_verbs_said
from tests.cards import one_point

RIOT = one_point("ремесленники участвовали в бунте", "Что делали ремесленники в 1648 году?")
TOWN = one_point("монастырь помогал погорельцам", "Что делал монастырь после пожара?")
FLEET = one_point("флот нанёс поражение пиратам", "Что сделал флот?")
TRIBES = one_point("кланы вели войну с соседями", "Что делали кланы?")
FLOOD = one_point("паводок нанёс ущерб посевам", "Чем опасен паводок?")
LEAGUE = one_point("союз городов ослабевает", "Что происходит с союзом городов после войны?")
SODA = one_point("сода реагирует с уксусом", "Что происходит, если смешать соду и уксус?")

ROWS = [
    (RIOT, "ремесленники принимали участие в бунте", True), (RIOT, "ремесленники приняли участие в бунте", True),
    (RIOT, "ремесленники не принимали участия в бунте", False),
    (RIOT, "ремесленники принимали участие в торгах", False),
    (TOWN, "монастырь оказывал помощь погорельцам", True), (TOWN, "монастырь оказал помощь погорельцам", True),
    (TOWN, "монастырь оказывал давление на погорельцев", False),
    (TOWN, "монастырь не оказывал помощи погорельцам", False),
    (FLEET, "флот победил пиратов", True), (FLEET, "флот проиграл пиратам", False),
    (TRIBES, "кланы воевали с соседями", True), (TRIBES, "кланы торговали с соседями", False),
    (FLOOD, "паводок вредит посевам", True), (FLOOD, "паводок помогает посевам", False),
    (LEAGUE, "союз городов теряет силу", True), (LEAGUE, "союз городов утратил силу", True),
    (LEAGUE, "союз городов набирает силу", False),
    # round 22: "вступать в реакцию" is "реагировать" (a light verb with a preposition before its noun)
    (SODA, "сода вступает в реакцию с уксусом", True), (SODA, "сода вступила в реакцию с уксусом", True),
    (SODA, "сода не вступает в реакцию с уксусом", False), (SODA, "сода вступает в спор с уксусом", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_light_verb_and_its_noun_are_the_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("купцы принимали участие в торгах", "купцы участвовать в торгах"),
    ("купцы приняли участие", "купцы участвовал"),
    ("монастырь оказывал большую помощь", "монастырь оказывал большую помощь"),  # a word between: left as it is
    ("он принял решение", "он принял решение"),  # a noun in "-ние": `ru_verbal_nouns` meets it
    ("натрий вступает в реакцию с водой", "натрий реагирует с водой"),
    ("он вступил в армию", "он вступил в армию"),  # another noun: left as it is
])
def test_the_reading(text, read):
    assert light_verbs_said(text) == read
