"""Russian "не" before an adjective or participle, written apart or joined, is one word (`ru_joined_not`): "почти не
чувствительны" makes "почти нечувствительны" and back, while the adjective alone ("чувствительны") stays the
opposite; never before a pronoun, a word of need, a verb's form or a correction ("не красный, а синий"). And the
colloquial "нету" is "нет" (`lexicon_ru_own_words.RU_PHRASES`). Cards on invented subjects of no pack (a vole's
fur, a footbridge, a desert well)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.ru_joined_not import joined_not

from .cards import one_point

RU = Grader(language="ru")

VOLES = one_point("полёвки к холоду почти нечувствительны", "Как полёвки переносят холод?")
BRIDGE = one_point("старый мостик неустойчив", "Каков старый мостик?")
BRIDGE_APART = one_point("старый мостик не устойчив", "Каков старый мостик?")
WELL = one_point("в колодце нет воды", "Что с колодцем?")

ROWS = [
    (VOLES, "полёвки к холоду почти не чувствительны", True),
    (VOLES, "полёвки к холоду почти нечувствительны", True),
    (VOLES, "полёвки к холоду чувствительны", False),
    (VOLES, "полёвки к холоду очень чувствительны", False),
    (BRIDGE, "старый мостик не устойчив", True),
    (BRIDGE, "старый мостик устойчив", False),
    (BRIDGE_APART, "старый мостик неустойчив", True),
    (BRIDGE_APART, "старый мостик устойчив", False),
    (WELL, "в колодце нету воды", True),
    (WELL, "в колодце есть вода", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_not_apart_or_joined(card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("text", "read"), [
    ("почти не чувствительны", "почти нечувствительны"),
    ("мостик не устойчив", "мостик неустойчив"),
    ("не изученный остров", "неизученный остров"),
    ("это не видимые глазу лучи", "это невидимые глазу лучи"),
    ("не такая скользкая", "не такая скользкая"),  # a pronoun's degree (`ru_not_so`)
    ("не первый раз", "не первый раз"),  # an ordinal
    ("это не нужно", "это не нужно"),  # need, said by "не надо" too
    ("мы не видим звёзд", "мы не видим звёзд"),  # a verb's form
    ("не сильнее льда", "не сильнее льда"),  # a comparative
    ("не красный, а синий", "не красный, а синий"),  # a correction
    ("не лучший выбор", "не лучший выбор"),
    ("не прочные доски, а гвозди", "не прочные доски, а гвозди"),  # a correction after its noun
    ("ушли, не принимая боя", "ушли, не принимая боя"),  # a gerund
    ("это не решение", "это не решение"),  # a noun
    ("не ракетой", "не ракетой"),
])
def test_which_are_joined(text: str, read: str) -> None:
    assert joined_not(text, text) == read


def test_a_name_is_not_joined() -> None:
    assert joined_not("не жуковский", "Н.Е. Жуковский") == "не жуковский"  # initials read as "не"
