"""General Russian words learners' own words put for a text's (round 40, issue #11): where a thing ends said as its
edges ("на границах плит" / "по краям плит", `lexicon_ru_own_words.RU_NEAR_SYNONYMS`), and an amount cut down said
colloquially ("сократили добычу" / "урезали добычу", a word of going down: `lexicon_ru.DOWN`); the centre and the
other way stay wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

REEF = one_point("кораллы растут на границах лагуны", "Где растут кораллы?")
GUILDS = one_point("цехи сократили выпуск сукна", "Что сделали цехи после пожара?")

ROWS = [
    (REEF, "кораллы растут по краям лагуны", True), (REEF, "кораллы растут на краю лагуны", True),
    (REEF, "кораллы растут в середине лагуны", False),
    (GUILDS, "цехи урезали выпуск сукна", True), (GUILDS, "цехи нарастили выпуск сукна", False),
    (GUILDS, "цехи не урезали выпуск сукна", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_general_words(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
