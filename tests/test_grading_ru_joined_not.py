"""Russian "не" before an adjective or participle, written apart or joined, is one word where the lexical table
knows the joined one (`ru_joined_not`): "мостик не устойчив" makes "мостик неустойчив" and back, while the adjective
alone ("устойчив") stays the opposite; a joined word the table does not know stays as written; never before a
pronoun, a word of need, a verb's form or a correction ("не красный, а синий"). And the colloquial "нету" is "нет"
(`lexicon_ru_own_words.RU_PHRASES`). Cards on invented subjects of no pack (a footbridge, rays, a desert well)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.ru_joined_not import joined_not

from .cards import one_point

RU = Grader(language="ru")

RAYS = one_point("эти лучи невидимы", "Каковы эти лучи?")
BRIDGE = one_point("старый мостик неустойчив", "Каков старый мостик?")
BRIDGE_APART = one_point("старый мостик не устойчив", "Каков старый мостик?")
WELL = one_point("в колодце нет воды", "Что с колодцем?")

ROWS = [
    (RAYS, "эти лучи не видимы", True),
    (RAYS, "эти лучи видимы", False),
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


STEM = RU.aliases.lang.stem


@pytest.mark.parametrize(("text", "read"), [
    ("почти не чувствительны", "почти не чувствительны"),  # the table knows no "нечувствительный": as written
    ("почти нечувствительны", "почти нечувствительны"),
    ("мостик не устойчив", "мостик неустойчив"),  # it knows "неустойчивый": joined, its synonyms read
    ("мостик неустойчив", "мостик неустойчив"),
    ("это не видимые глазу лучи", "это невидимые глазу лучи"),
    ("не ледокольного класса", "не ледокольного класса"),  # a denial of "ледокол", as written
    ("неправильный ответ", "неправильный ответ"),  # it knows the joined word
    ("не такая скользкая", "не такая скользкая"),  # a pronoun's degree (`ru_not_so`)
    ("не первый раз", "не первый раз"),  # an ordinal
    ("это не нужно", "это не нужно"),  # need, said by "не надо" too
    ("мы не видим звёзд", "мы не видим звёзд"),  # a verb's form
    ("не сильнее льда", "не сильнее льда"),  # a comparative
    ("не подвижные, а вмёрзшие льдины", "не подвижные, а вмёрзшие льдины"),  # a correction
    ("не лучший выбор", "не лучший выбор"),
    ("ушли, не принимая боя", "ушли, не принимая боя"),  # a gerund
    ("это не решение", "это не решение"),  # a noun
])
def test_which_are_joined(text: str, read: str) -> None:
    assert joined_not(text, text, STEM) == read


def test_a_name_is_not_joined() -> None:
    assert joined_not("не подвижный", "Н.Е. Подвижный", STEM) == "не подвижный"  # initials read as "не"
