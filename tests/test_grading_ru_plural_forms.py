"""A Russian noun is the same word in either number though its plural is another stem (`lexicon_ru_nouns`): the
suppletive plurals ("судно" / "суда", "человек" / "люди", "ребёнок" / "дети", "друг" / "друзья") and the singulatives
in "-анин" / "-янин" ("горожанин" / "горожане"); another noun stays wrong. Cards on invented subjects of no pack (a
river port, a fishing village, a market town)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language

from .cards import one_point

RU = Grader(language="ru")

TUGS = one_point("речным судам нужен буксир", "Что нужно в порту?")
TUG = one_point("речному судну нужен буксир", "Что нужно в порту?")
VILLAGE = one_point("люди покинули рыбацкий посёлок", "Что стало с посёлком?")
MILL = one_point("на мельнице работали дети", "Кто работал на мельнице?")
TOWN = one_point("горожане платили рыночный сбор", "Кто платил сбор?")
FRIENDS = one_point("мельнику помогали друзья", "Кто помогал мельнику?")

ROWS = [
    (TUGS, "обычному речному судну нужен буксир", True),
    (TUGS, "речным судам нужен буксир", True),
    (TUGS, "речным баржам нужен буксир", False),
    (TUGS, "речным судам нужен лоцман", False),
    (TUG, "речным судам нужен буксир", True),
    (TUG, "речные суда нуждаются в буксире", True),
    (VILLAGE, "каждый человек покинул рыбацкий посёлок", True),
    (VILLAGE, "рыбаки покинули рыбацкий посёлок", False),
    (VILLAGE, "люди не покинули рыбацкий посёлок", False),
    (MILL, "на мельнице работал ребёнок", True),
    (MILL, "на мельнице работали детьми", True),
    (MILL, "на мельнице работали женщины", False),
    (TOWN, "каждый горожанин платил рыночный сбор", True),
    (TOWN, "рыночный сбор платил каждый из горожан", True),
    (TOWN, "каждый крестьянин платил рыночный сбор", False),
    (FRIENDS, "мельнику помогал друг", True),
    (FRIENDS, "мельнику помогал сын", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_in_the_other_number(card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("one", "other", "same"), [
    ("людям", "человека", True),
    ("детей", "ребенку", True),
    ("судами", "судно", True),
    ("сыновьями", "сына", True),
    ("хозяевам", "хозяина", True),
    ("дочь", "дочерями", True),
    ("гражданином", "граждан", True),
    ("бояре", "боярином", True),
    ("людям", "ребенку", False),
    ("лет", "году", False),  # a span of years is no year
    ("судно", "сукно", False),
])
def test_which_forms_share_a_stem(one: str, other: str, same: bool) -> None:
    ru = language("ru")
    assert (ru.lemma_stem(one) == ru.lemma_stem(other)) is same
