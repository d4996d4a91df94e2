"""A metal named for "металл" (issue #11, answers in learners' own words): Wiktionary's hypernyms, which the Russian
relatives come from, leave "металл" out, so "не хватало стали", "нехватка меди" did not make "не хватало металла" as
"a shortage of steel" makes "a shortage of metal" in English. A metal and "металл" are relatives (ONE noun of a
wording, as every relative is), by their forms: two metals are sisters, never relatives, and honey ("мёд") is no
copper ("медь"). Invented cards (a foundry, a mint)."""

from __future__ import annotations

import pytest

from studybot.core import related_words
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

FOUNDRY = one_point("литейному двору не хватало металла", "Почему литейный двор остановился?")
MINT = one_point("монетному двору не хватало серебра", "Почему монет стало меньше?")

ROWS = [
    (FOUNDRY, "литейному двору не хватало стали", True),
    (FOUNDRY, "на литейном дворе была нехватка чугуна", True),
    (FOUNDRY, "литейному двору не хватало меди", True),
    (FOUNDRY, "нехватка стали", True),
    (FOUNDRY, "литейному двору не хватало мёда", False),
    (FOUNDRY, "литейному двору не хватало угля", False),
    (FOUNDRY, "у литейного двора было много стали", False),
    (MINT, "монетному двору не хватало металла", True),
    (MINT, "монетному двору не хватало золота", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_metal_is_a_metal(card: Card, given: str, right: bool) -> None:
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("word", "other", "related"), [
    ("металла", "стали", True), ("стали", "металла", True), ("металлом", "свинцом", True),
    ("металл", "алюминий", True), ("металлы", "бронзы", True),
    ("стали", "железа", False), ("металла", "мёда", False), ("металла", "мед", False), ("металла", "угля", False),
])
def test_related_ru(word: str, other: str, related: bool) -> None:
    stem = language("ru").stem
    assert related_words.related(word, other, "ru", stem(word), stem(other)) is related
