"""More of a thing said as an extra amount, in Russian (issue #11, answers in learners' own words), as English
"extra" is "more": "печь давала дополнительную известь" is made by "больше извести", "добавочную известь", and "больше
извести" by "дополнительную известь"; "построили дополнительную печь" by "ещё одну печь". "меньше" and another thing
stay wrong. Invented cards (a lime kiln)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_ru_own_words import RU_PHRASES
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

EXTRA = one_point("печь давала дополнительную известь", "Что изменила новая печь?")
MORE = one_point("печь давала больше извести", "Что изменила новая печь?")
KILN = one_point("построили дополнительную печь", "Что сделали на заводе?")

ROWS = [
    (EXTRA, "печь давала больше извести", True), (EXTRA, "печь давала добавочную известь", True),
    (EXTRA, "печь давала меньше извести", False), (EXTRA, "печь давала дополнительный уголь", False),
    (MORE, "печь давала дополнительную известь", True), (MORE, "печь давала меньше извести", False),
    (KILN, "построили ещё одну печь", True), (KILN, "построили больше печей", True),
    (KILN, "построили меньше печей", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_extra_is_more(card: Card, given: str, right: bool) -> None:
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


def test_the_reading() -> None:
    assert RU_PHRASES["дополнительную"] == RU_PHRASES["добавочные"] == RU_PHRASES["ещё одну"] == "больше"
