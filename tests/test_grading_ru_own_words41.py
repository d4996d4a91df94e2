"""Russian turns learners' own words take (round 41, issue #11), on invented cards: a container filled said the other
way round ("заполняет бочки водой" / "набирает воду в бочки", `ru_filling`), and an adjective of being against said
by "против" ("союз против Польши" / "антипольский союз", `ru_against`); general words for the text's: moving said by
shifting, sparing by "беречь", gravity by its learned name, sleep kept away said by the sleeper , breaking apart by
another verb of it, inheriting said as passed from parents, a loss for good as nothing growing back, power given said
colloquially, sides said for edges, innovations for reforms (`lexicon_ru_own_words`, `lexicon_ru`), a verb said by a
light verb and its noun ("потерпела поражение", "совершил посадку", "сделал вывод": `ru_light_verbs`), a failure said
as a thing that did not succeed ("не удалась", "закончилась неудачей"), and an event brought nearer said as hastened
(`ru_speed`). Taking the thing out, the adjective without "анти-", the other way and a thing moved stay wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

BARRELS = one_point("заполняет бочки водой", "Что делает насос?")
MOULD = one_point("заполнили форму бетоном", "Что сделали строители?")
LAMP = one_point("наливает масло в лампу", "Что делает служанка?")
LIFT = one_point("самолёт набирает высоту", "Что делает самолёт?")
ALLIANCE = one_point("союз против Польши", "Какой союз заключили?")
PLOT = one_point("заговор против правительства", "Что раскрыли?")
COALITION = one_point("антифранцузская коалиция", "Что создали?")

FILLING = [
    # the turn: "набирать / наливать / закачивать / залить Y в X" for "заполнять X Y" (fail without ru_filling)
    (BARRELS, "набирает воду в бочки", True), (BARRELS, "закачивает в бочки воду", True),
    (BARRELS, "наливает чистую воду в бочки", True), (BARRELS, "набрали воду в бочки", True),
    (MOULD, "залили бетон в форму", True), (MOULD, "зальют бетон в форму", True),
    (LAMP, "заполняет лампу маслом", True),
    # taking it out, or no container, stays wrong
    (BARRELS, "набирает воду из бочек", False), (BARRELS, "откачивает воду из бочек", False),
    (BARRELS, "набирает воду", False), (MOULD, "вылили бетон из формы", False),
    (LAMP, "выливает масло из лампы", False),
    # a place where it is done is no container: the verb says what it says
    (LIFT, "самолёт набирает высоту в горах", True), (LIFT, "самолёт заполняет высоту", False),
]
AGAINST = [
    # "анти-X-ский" for "против X" (fail without ru_against)
    (ALLIANCE, "антипольский союз", True), (ALLIANCE, "антипольская коалиция", True),
    (PLOT, "антиправительственный заговор", True), (COALITION, "коалиция против Франции", True),
    # the adjective alone, or another prefix, says no side against
    (ALLIANCE, "польский союз", False), (ALLIANCE, "пропольский союз", False),
    (PLOT, "правительственный заговор", False), (COALITION, "французская коалиция", False),
]

FLOE = one_point("льдина движется к берегу", "Что делает льдина?")
FUEL = one_point("экономия топлива", "Что ввели после кризиса?")
STONE = one_point("на камень действует сила тяжести", "Какая сила действует на камень?")
WAR = one_point("война ускорила революцию", "Как война повлияла на революцию?")
NOISE = one_point("шум мешает спать", "Чем вреден шум?")
GENERAL = [
    # (fail without this round's words and phrases)
    (FLOE, "льдина перемещается к берегу", True), (FLOE, "льдина смещается к берегу", True),
    (FLOE, "льдина сдвигается к берегу", True), (FUEL, "берегли топливо", True), (FUEL, "стали беречь топливо", True),
    (STONE, "на камень действует гравитация", True), (WAR, "война приблизила революцию", True),
    (NOISE, "от шума плохо спится", True), (NOISE, "от шума люди не могут уснуть", True),
    # still wrong
    (FLOE, "льдина стоит у берега", False), (FLOE, "льдина не движется", False), (FUEL, "тратили топливо", False),
    (STONE, "на камень действует сила трения", False), (WAR, "война отдалила революцию", False),
    (WAR, "война приблизила войска к столице", False), (NOISE, "от шума хорошо спится", False),
]

COLOUR = one_point("окраска наследуется", "Как передаётся окраска?")
MOLECULES = one_point("молекулы расщепляются на части", "Что происходит с молекулами?")
CELLS = one_point("клетки не восстанавливаются", "Почему потеря необратима?")
CHANGES = one_point("противники реформ", "Кто собирался вокруг царевича?")
DRIVER = one_point("водитель добавляет газ", "Что делает водитель?")
NESTS = one_point("гнёзда по краям озера", "Где гнёзда?")
MORE = [
    # (fail without this round's second words and phrases)
    (COLOUR, "окраска передается от родителей детям", True), (MOLECULES, "молекулы рвутся на части", True),
    (MOLECULES, "молекулы распадаются на части", True), (MOLECULES, "молекулы раскалываются на части", True),
    (CELLS, "клетки не отрастают", True), (CELLS, "клетки погибают и новые не вырастают", True),
    (CHANGES, "противники нововведений", True), (DRIVER, "водитель дает газу", True),
    (NESTS, "гнёзда по бокам озера", True),
    # still wrong
    (COLOUR, "окраска не передается от родителей", False), (MOLECULES, "молекулы соединяются", False),
    (CELLS, "клетки отрастают", False), (CELLS, "новые клетки вырастают", False),
    (CHANGES, "сторонники нововведений", False), (DRIVER, "водитель сбрасывает газ", False),
    (NESTS, "гнёзда в середине озера", False),
]

BATTLE = one_point("армия проиграла битву при Нарве", "Чем кончилась битва?")
LANDING = one_point("корабль приземлился", "Что сделал корабль в степи?")
FLYBY = one_point("аппарат облетел Луну", "Что сделал аппарат?")
CONCLUDED = one_point("учёный заключил, что звёзды далеко", "Что понял учёный?")
LIGHT = [
    # (fail without the light verbs of this round)
    (BATTLE, "армия потерпела поражение при Нарве", True), (LANDING, "корабль совершил посадку", True),
    (FLYBY, "аппарат совершил облёт Луны", True), (CONCLUDED, "учёный сделал вывод, что звёзды далеко", True),
    (CONCLUDED, "учёный пришёл к выводу, что звёзды далеко", True),
    # the other outcome, another thought stay wrong
    (BATTLE, "армия одержала победу при Нарве", False), (CONCLUDED, "учёный сомневался, что звёзды далеко", False),
]

REFORM = one_point("реформа провалилась", "Чем кончилась реформа?")
FAILED = [
    # a failure said another way (fails without it)
    (REFORM, "реформа не удалась", True), (REFORM, "реформа потерпела неудачу", True),
    (REFORM, "реформа закончилась неудачей", True),
    # success stays wrong
    (REFORM, "реформа удалась", False), (REFORM, "реформа закончилась успехом", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), FILLING + AGAINST + GENERAL + MORE + LIGHT + FAILED)
def test_turns(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize("text", ["самолёт набирает высоту", "набрал силу", "налил воды", "набирает высоту в горах",
                                  "антисептическая повязка", "антитела", "антифриз"])
def test_left_as_said(text):
    from studybot.core.ru_against import against_said
    from studybot.core.ru_filling import filling_said

    assert against_said(filling_said(text)) == text
