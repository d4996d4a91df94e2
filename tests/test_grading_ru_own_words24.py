"""Russian answers in a learner's own words (round 24): rules of the language, right and wrong cases on invented
cards (a river in its low-water season, a window tax, a bird's autumn flight).

- The imperfective of "понизиться" / "повыситься" is its perfective's direction ("уровень воды понижается" /
  "снижается", "ставка повышалась" / "выросла"), by the verb's own forms only, so that "понижающий трансформатор"
  stays a kind (`lexicon_ru.LEVEL_FORMS`, `Language.direction`); "убывает" is a fall (`lexicon_ru.DOWN`).
- The colloquial comparative in "-ей" is the one in "-ее" ("медленней" / "медленнее"); "делаться" before a
  comparative is "становиться" ("дни делаются короче"); "недостаточно" before a noun or ending its clause is a lack,
  as "не хватает" ("корма недостаточно"), and before an adjective, a participle or an infinitive a degree
  (`ru_comparatives`).
- A common noun right before a name, the point's first word, may be left out with the name kept ("Орешин сократил
  оперу" for "дирижёр Орешин сократил оперу"; not "композитор Орешин", another word in its place)
  (`grading.modifiers`).
- A verbal noun meets the imperfective of its perfective made with "-ива-" and the root's "о" made "а"
  ("накопление жира" / "накапливают жир", "удвоение" / "удваивают") (`ru_verbal_nouns`).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.ru_comparatives import comparatives_said

RU = Grader(language="ru", texts=("Летом уровень воды в реке снижается.",))


def card(*points: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


def short(answer: str, prompt: str) -> Card:
    return Card(id="s", section="s", kind="short", prompt=prompt, answer=answer)


LOW = card("уровень воды снижается", "река питается подземными водами", prompt="Что происходит с рекой в межень?")
RATE = card("ставка налога выросла", prompt="Что изменил закон о налоге?")
FLIGHT = card("на севере не хватает корма", "дни становятся короче", prompt="Почему птицы улетают на юг?")
WARM = card("вода в заливе стала теплее", prompt="Что изменилось в заливе?")
CUT = card("дирижёр Орешин сократил оперу", prompt="Почему опера вернулась на сцену?")
FAT = card("птицы накапливают жир", prompt="Что птицы делают на остановке?")
CURRENT = short("замедлилось", prompt="Как изменилось течение ниже плотины?")

ROWS = [
    (LOW, "уровень воды понижается, река питается подземными водами", True),
    (LOW, "уровень воды убывает, река питается подземными водами", True),
    (LOW, "уровень воды повышается, река питается подземными водами", False),
    (LOW, "уровень воды понижался, река питается дождевыми водами", False),
    (RATE, "ставка налога повышалась", True),
    (RATE, "ставка налога понижалась", False),
    (CURRENT, "течение стало медленней", True),
    (CURRENT, "стало медленней", True),
    (CURRENT, "стало быстрей", False),
    (FLIGHT, "корма на севере недостаточно, а дни делаются короче", True),
    (FLIGHT, "на севере недостаточно корма, дни делались короче", True),
    (WARM, "вода в заливе сделалась теплее", True),
    (WARM, "вода в заливе сделалась холоднее", False),
    (FLIGHT, "корма на севере достаточно, а дни делаются короче", False),
    (CUT, "Орешин сократил оперу", True),
    (CUT, "Орешин удлинил оперу", False),
    (CUT, "композитор Орешин сократил оперу", False),
    (CUT, "Ладыгин сократил оперу", False),
    (FAT, "идёт накопление жира", True),
    (FAT, "накопление жира", True),
    (FAT, "потеря жира", False),
    (FAT, "накопление воды", False),
    (FLIGHT, "на севере недостаточно корма, дни делаются длиннее", False),
    (FLIGHT, "на юге недостаточно корма, дни делаются короче", False),
]


@pytest.mark.parametrize(("given_card", "given", "right"), ROWS)
def test_own_words(given_card, given, right):
    assert RU.grade(given_card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("течение стало медленней", "течение стало медленнее"),
    ("ветер дует сильней", "ветер дует сильнее"),
    ("дни делаются короче", "дни становятся короче"),
    ("вода сделалась теплее", "вода стала теплее"),
    ("корма недостаточно", "корма нужно больше"),
    ("недостаточно корма и воды", "нужно больше корма и воды"),
    # left as written: cases of adjectives and nouns, "делается" of how much is done, a degree
    ("у стен древней крепости", "у стен древней крепости"),
    ("стакан горячей воды", "стакан горячей воды"),
    ("для этих целей и частей", "для этих целей и частей"),
    ("делается больше ошибок", "делается больше ошибок"),
    ("делается из глины", "делается из глины"),
    ("вопрос недостаточно изучен", "вопрос недостаточно изучен"),
    ("стены недостаточно толстые", "стены недостаточно толстые"),
    ("недостаточно знать правило", "недостаточно знать правило"),
])
def test_comparatives_said(text, read):
    assert comparatives_said(text) == read
