"""Russian answers in a learner's own words (round 23): rules of the language, right and wrong cases on invented
cards (a chess match, a tax law, a river, an opera).

- A verb before its object is no modifier: "Вересков выиграл партию" (the question naming the game) is not made by
  "Вересков" alone, nor by "Вересков проиграл" (`grading.modifiers`).
- What replaced what, when a thing is a noun with its genitive: "сбор зерна заменили денежным налогом" is not
  "денежный налог заменили сбором зерна" (the head is the run's first noun), also after another clause that names
  one of the things (`grading.replaced`).
- Light verbs: "допустил ошибку", "сделал ошибку" are "ошибся", "одержал победу" "победил" (`ru_light_verbs`).
- One verb's forms the stemmer leaves apart: the present singular and plural ("тает" / "тают", "держит" / "держат"),
  a prefixed imperfective in "-ива-" ("держат" / "удерживают"), and a reflexive past with no "-л" ("ошибся" /
  "ошибался") (`ru_families`).
- The weather becoming cold said plainly, by its verb, noun or season: "становится холодно" is "холодает",
  "стало холоднее", "похолодание", "наступают холода"; "теплеет", "потепление" stay wrong (`lexicon_ru_own_words`).
- A noun of lowering or raising before "скорости": "снижение скорости течения" is "течение замедлилось" (not
  before a figure) (`ru_speed`).
- A noun in "-ация" and its verb in "-ировать" / "-овать": "ориентация по солнцу" is "ориентируются по солнцу"
  (`ru_verbal_nouns`).
- "стал" before a comparative of how often and an infinitive: "оперу стали чаще ставить" is "оперу ставили чаще"
  ("ставили реже", "ставили" stay wrong) (`ru_phase_verbs`); "чаще" and "реже" are opposites and never left out
  of a point as a mere modifier ("ездили в город" is no "чаще ездили в город") (`grading.modifiers`).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.ru_families import person_pair, prefixed_verb

RU = Grader(language="ru", texts=("Олег Вересков выиграл партию у Бориса Ларина.",),
            aliases={"Олег Вересков": ("Вересков",), "Борис Ларин": ("Ларин",)})


def card(*points: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


GAME = card("Вересков пожертвовал ферзя", "Вересков выиграл партию", prompt="Чем запомнилась двенадцатая партия?")
TAX = card("налог снизили", "сбор зерна заменили денежным налогом", prompt="Что изменил закон о налогах?")
LOSS = card("Ларин ошибся в эндшпиле", prompt="Почему Ларин проиграл?")
SNOW = card("тает снег", prompt="Почему весной поднимается уровень воды в реке?")
BANK = card("корни не удерживают почву", prompt="Почему берега размываются?")

CRANES = card("становится холодно", "журавлям не хватает корма", prompt="Почему журавли улетают на юг?")
DAM = card("скорость течения снизилась", prompt="Как плотина изменила реку?")
BIRDS = card("птицы ориентируются по солнцу", prompt="Как птицы находят дорогу?")
CAMP = card("жителей эвакуировали", prompt="Что сделали власти во время наводнения?")

SICK = card("крестьяне чаще ездили в город", prompt="Что изменилось в деревне после постройки дороги?")
OPERA = card("оперу стали чаще ставить", prompt="Что изменилось после 1950 года?")

ROWS = [
    (OPERA, "оперу ставили чаще", True),
    (OPERA, "её стали чаще ставить", True),
    (OPERA, "оперу начали чаще ставить", True),
    (OPERA, "оперу ставили реже", False),
    (OPERA, "оперу стали реже ставить", False),
    (OPERA, "оперу ставили", False),
    (SICK, "крестьяне стали чаще ездить в город", True),
    (SICK, "крестьяне ездили в город чаще", True),
    (SICK, "крестьяне ездили в город", False),
    (SICK, "крестьяне реже ездили в город", False),
    (CRANES, "холодает и журавлям не хватает корма", True),
    (CRANES, "стало холоднее и журавлям не хватает корма", True),
    (CRANES, "похолодание и нехватка корма", True),
    (CRANES, "наступают холода и журавлям не хватает корма", True),
    (CRANES, "теплеет и журавлям не хватает корма", False),
    (CRANES, "потепление и нехватка корма", False),
    (CRANES, "становится жарко и журавлям не хватает корма", False),
    (CRANES, "не становится холодно и журавлям не хватает корма", False),
    (DAM, "снижение скорости течения", True),
    (DAM, "уменьшение скорости течения", True),
    (DAM, "рост скорости течения", False),
    (DAM, "увеличение скорости течения", False),
    (BIRDS, "ориентация птиц по солнцу", True),
    (BIRDS, "птицы ориентируются по звёздам", False),
    (BIRDS, "ориентация птиц по запаху", False),
    (CAMP, "эвакуация жителей", True),
    (CAMP, "эвакуация скота", False),
    (GAME, "Вересков пожертвовал ферзя и выиграл", True),
    (GAME, "Вересков пожертвовал ферзём и победил", True),
    (GAME, "Вересков пожертвовал ферзя и одержал победу", True),
    (GAME, "Вересков пожертвовал ферзя", False),  # the win not said
    (GAME, "Вересков пожертвовал ферзя и проиграл", False),
    (GAME, "Вересков пожертвовал ферзя, но проиграл", False),
    (TAX, "налог снизили и сбор зерна заменили денежным налогом", True),
    (TAX, "налог снизили, сбор зерна заменили на денежный налог", True),
    (TAX, "налог снизили, денежный налог заменил сбор зерна", True),
    (TAX, "налог снизили и денежный налог заменили сбором зерна", False),
    (TAX, "налог снизили, вместо денежного налога ввели сбор зерна", False),
    (LOSS, "Ларин допустил ошибку в эндшпиле", True),
    (LOSS, "Ларин сделал ошибку в эндшпиле", True),
    (LOSS, "Ларин ошибался в эндшпиле", True),
    (LOSS, "Ларин не допустил ошибки в эндшпиле", False),
    (LOSS, "Ларин допустил ошибку в дебюте", False),
    (SNOW, "тают снега", True),
    (SNOW, "снег тает", True),
    (SNOW, "снега не тают", False),
    (SNOW, "снега замерзают", False),
    (BANK, "корни больше не держат почву", True),
    (BANK, "корни не удерживали почву", True),
    (BANK, "корни держат почву", False),
    (BANK, "корни удерживают почву", False),
]


@pytest.mark.parametrize(("given_card", "given", "right"), ROWS)
def test_own_words(given_card, given, right):
    assert RU.grade(given_card, given).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("тает", "тают", True), ("держит", "держат", True), ("несёт", "несут", True), ("говорит", "говорят", True),
    ("нагревается", "нагреваются", True),
    ("тает", "таял", False), ("совет", "советы", False), ("ведет", "везут", False), ("ет", "ют", False),
])
def test_the_present_in_either_number(a, b, same):
    assert person_pair(a, b) is same


@pytest.mark.parametrize(("a", "a_stem", "b", "b_stem", "same"), [
    ("держат", "держат", "удерживают", "удержива", True),
    ("держал", "держа", "удерживал", "удержива", True),
    ("держат", "держат", "разделяют", "разделя", False),
    ("держат", "держат", "удерживают", "удерживат", False),
])
def test_a_prefixed_imperfective(a, a_stem, b, b_stem, same):
    assert prefixed_verb(a, a_stem, b, b_stem) is same
