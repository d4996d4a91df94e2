"""One Russian act said with another verb (round 25): a short root under prefixes of one act ("заливали водой" /
"облили водой" / "полили водой", "вскипела" / "закипела"), the two verbs of a thing coming to be ("образовалась" /
"появилась"), and a thing raised or lowered said by the short participle ("давление понижено" for "давление ниже").
A prefix that turns the act ("вылили", "налили"), the opposite direction and a negation stay wrong.
`ru_same_act`, `answer_groups`; invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_same_act import same_act_of
from tests.cards import one_point

KETTLE = one_point("раскалённую печь заливали холодной водой", "Что делали кочегары при аварии?")
STOVE = one_point("печь заливали водой", "Что делали кочегары при аварии?")
MILK = one_point("молоко вскипело", "Что случилось на плите?")
FLOOR = one_point("полы вымыли с мылом", "Что сделали перед приездом гостей?")
BEAMS = one_point("балки сгнили от сырости", "Почему обрушилась крыша сарая?")
CRACK = one_point("в стене образовалась трещина", "Что показал осмотр после землетрясения?")
FOG = one_point("над озером образовался туман", "Что было утром?")
LEVEL = one_point("давление в котле ниже", "Что показал манометр?")
COSTS = one_point("расходы на топливо сократились", "Что изменилось после ремонта?")
DRIFT = one_point("сугроб не успел растаять до мая", "Почему дорогу открыли поздно?")
WATCH = one_point("часовой спал на посту", "Почему лагерь застали врасплох?")

ROWS = [
    (KETTLE, "горячую печь облили холодной водой", True), (KETTLE, "раскалённую печь полили холодной водой", True),
    (KETTLE, "раскалённую печь залили холодной водой", True),
    (STOVE, "печь облили водой", True), (STOVE, "печь поливали водой", True), (STOVE, "из печи вылили воду", False),
    (STOVE, "в печь налили воды", False), (STOVE, "печь не поливали водой", False),
    (MILK, "молоко закипело", True), (MILK, "молоко не закипело", False), (MILK, "молоко остыло", False),
    (FLOOR, "полы помыли с мылом", True), (FLOOR, "полы покрасили", False),
    (BEAMS, "балки прогнили от сырости", True), (BEAMS, "балки загнили от сырости", True),
    (BEAMS, "балки высохли", False),
    (CRACK, "в стене появилась трещина", True), (CRACK, "в стене не появилась трещина", False),
    (FOG, "над озером появился туман", True), (FOG, "над озером рассеялся туман", False),
    (FOG, "над озером не появился туман", False),
    (LEVEL, "давление в котле понижено", True), (LEVEL, "давление в котле повышено", False),
    (COSTS, "расходы на топливо снижены", True), (COSTS, "расходы на топливо повышены", False),
    (DRIFT, "сугроб не успел стаять до мая", True), (DRIFT, "сугроб не успел оттаять до мая", True),
    (DRIFT, "сугроб успел стаять до мая", False), (DRIFT, "сугроб не успел вырасти до мая", False),
    (WATCH, "часовой поспал на посту", True), (WATCH, "часовой не поспал на посту", False),
    (WATCH, "часовой стоял на посту", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_one_act_said_with_another_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("заливали", "облили", True), ("полил", "зальёт", True), ("обольют", "поливает", True),
    ("закипает", "вскипел", True), ("вымыл", "помыли", True), ("сгнила", "прогнили", True),
    ("образуются", "появляются", True), ("образовалось", "появилось", True),
    ("заливали", "вылили", False), ("облили", "налили", False), ("закипает", "выкипает", False),
    ("вымыл", "смыл", False), ("появился", "возник", False), ("образ", "появился", False),
    ("облили", "облили", False), ("полили", "вскипела", False), ("пол", "облили", False),
    ("растаял", "стаял", True), ("тает", "растаяла", True), ("оттаивает", "растаял", True), ("спал", "поспал", True),
    ("стая", "растаял", False), ("стаю", "таял", False), ("выспался", "спал", False), ("таял", "спал", False),
])
def test_same_act_of(a, b, same):
    assert same_act_of(a, b) is same
