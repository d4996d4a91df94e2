"""What would happen otherwise, said with "otherwise", "without it", "иначе", "без этого" and the conditional (issue
#11): "otherwise the count of coins would double" makes a point that "the count of coins would not double", as
"иначе число монет удваивалось бы" makes "число монет не удваивалось бы"; read so only as a second reading, so an
answer that says the conditional as the wording does ("otherwise they would eat the grain" for "they would eat
the grain") still makes it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.packs import Card, Pack, Section
from tests.cards import explain, one_point

COINS = one_point("the count of coins would not double every year", "Why was the mint closed?")
GRAIN = one_point("the rats would eat the grain", "Why were the cats kept in the barn?")
VALLEY = explain("the dam is made of earth", "the valley does not flood in spring", need=2,
                 prompt="What is known of the dam?")
MONETY = one_point("число монет не удваивалось бы каждый год", "Зачем закрыли монетный двор?")
POLE = explain("плотина сложена из камня", "поле не затапливает весной", need=2, prompt="Что известно о плотине?")

ROWS = [
    (COINS, "otherwise the count of coins would double every year", True),
    (COINS, "or else the count of coins would double every year", True),
    (COINS, "the count of coins would double every year", False),
    (GRAIN, "otherwise the rats would eat the grain", True),
    (GRAIN, "the rats would not eat the grain", False),
    (VALLEY, "the dam is made of earth; otherwise the valley would flood in spring", True),
    (VALLEY, "the dam is made of earth; the valley would flood in spring", False),
    (MONETY, "иначе число монет удваивалось бы каждый год", True),
    (MONETY, "в противном случае число монет каждый год удваивалось бы", True),
    (MONETY, "число монет удваивалось бы каждый год", False),
    (POLE, "плотина сложена из камня, иначе поле затапливало бы весной", True),
    (POLE, "плотина сложена из камня, поле затапливает весной", False),
]


def _pack(card: Card, language: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language=language)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_what_would_happen_otherwise(card, given, right):
    language = "ru" if card in (MONETY, POLE) else "en"
    assert Grader.for_pack(_pack(card, language)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and card is not GRAIN])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "otherwise_reading", lambda *args: None)
    language = "ru" if card in (MONETY, POLE) else "en"
    assert not Grader.for_pack(_pack(card, language)).grade(card, given).correct
