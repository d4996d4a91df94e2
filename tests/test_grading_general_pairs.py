"""Pairs of words that say one thing of any subject (`lexicon.SYNONYMS`) where WordNet keeps them apart: "strong" and
"powerful" (each heads its own cluster), so a learner's "powerful magnets" failed "strong magnets"; "consumed" and
"used up" (read "exhausted", a relative of "consume" in a rarer sense only). Opposites and negations still fail.
Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

MAGNETS = one_point("the new motors use strong magnets", "Why are the new motors smaller?")
TIDES = one_point("powerful tides scoured the channel", "What shaped the channel?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (MAGNETS, "they use powerful magnets", True),
    (MAGNETS, "the new motors use very powerful magnets", True),
    (MAGNETS, "they use weak magnets", False),
    (MAGNETS, "they use no magnets", False),
    (TIDES, "strong tides scoured it", True),
    (TIDES, "weak tides scoured the channel", False),
])
def test_strong_and_powerful_are_one_word(card, given, right):
    assert Grader().grade(card, given).correct is right


FUEL = one_point("the catalyst is not used up in the reaction", "Why is so little catalyst needed?")


@pytest.mark.parametrize(("given", "right"), [
    ("the catalyst is not consumed in the reaction", True),
    ("it isn't depleted in the reaction", True),
    ("the catalyst is consumed in the reaction", False),
    ("the catalyst is destroyed in the reaction", False),
])
def test_consumed_is_used_up(given, right):
    assert Grader().grade(FUEL, given).correct is right


GLAND = one_point("железа не вырабатывает гормон роста", "Что происходит при болезни?")
LEAF = Card(id="s", section="s", kind="short", prompt="Что делает лист на свету?", answer="лист вырабатывает сахар")


@pytest.mark.parametrize(("card", "given", "right"), [
    (GLAND, "железа не производит гормон роста", True),
    (GLAND, "железа перестает синтезировать гормон роста", True),
    (GLAND, "железа производит гормон роста", False),
    (GLAND, "железа не выделяет кровь", False),
    (LEAF, "лист производит сахар", True),
    (LEAF, "лист не производит сахар", False),
])
def test_producing_said_with_another_verb_ru(card, given, right):
    """"производить", "вырабатывать", "синтезировать": one verb of a body, a plant or a cell making a substance."""
    assert Grader(language="ru").grade(card, given).correct is right


WALLS = one_point("стены крепости сохранились", "Что известно о крепости сегодня?")


@pytest.mark.parametrize(("given", "right"), [
    ("стены крепости остались", True),
    ("стены крепости уцелели", True),
    ("стены крепости не сохранились", False),
    ("стены крепости разрушены", False),
])
def test_kept_said_as_remained_ru(given, right):
    """"сохраниться", "уцелеть", "остаться": of a thing that lasted."""
    assert Grader(language="ru").grade(WALLS, given).correct is right

