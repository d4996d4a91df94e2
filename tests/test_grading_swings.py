"""A movement both ways said as one ("rise and fall", "going up and down", "растёт и падает", "то росли, то падали")
is a swing: an answer that says it as a verb where the wording has nouns, or the other way round, makes it, while one
that says one way only ("prices rose") does not. Invented subjects (a canal, a lake, a market, a lock)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.swings import steady

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


def point(text: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=text, keypoints=(Keypoint(text, ()),))


SEICHE = short("the regular rise and fall of the water level in the canal", "What is a seiche?")
TIDE = short("the rise and fall of the sea level", "What are tides?")
TIDE_POINT = point("the rise and fall of the sea level", "What are tides?")
LAKE = point("the level of the lake rises and falls with the seasons", "What does the lake do over the year?")
LAKE_NOUNS = point("the rise and fall of the lake's level with the seasons", "What does the lake do over the year?")
MARKET = point("prices in the market went up and down all week", "What happened at the market?")
MARKET_NOUNS = point("the rise and fall of prices in the market all week", "What happened at the market?")
RIVER_RU = point("рост и падение уровня реки", "Что показывает водомерный пост?")
PRICES_RU = point("рост и падение цен на рынке", "Что было на рынке?")
MARKET_RU = point("цены на рынке всю неделю то росли, то падали", "Что было на рынке?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    # the swing said by the verb where the wording has nouns, and the other way round
    (EN, SEICHE, "the water level in the canal rising and falling regularly", True),
    (EN, TIDE, "the sea level rising and falling", True),
    (EN, TIDE_POINT, "the sea level rising and falling", True),
    (EN, LAKE_NOUNS, "the lake's level rises and falls with the seasons", True),
    (EN, LAKE, "with the seasons the level of the lake goes up and down", True),
    (EN, MARKET_NOUNS, "prices in the market fell and rose all week", True),
    (RU, RIVER_RU, "уровень реки растёт и падает", True),
    (RU, PRICES_RU, "цены на рынке росли и падали", True),
    (RU, MARKET_RU, "всю неделю цены на рынке росли и падали", True),
    # one way of the swing only: wrong
    (EN, TIDE, "the sea level rising", False),
    (EN, TIDE_POINT, "the sea level rising", False),
    (EN, MARKET, "prices in the market went up all week", False),
    (EN, MARKET_NOUNS, "prices in the market rose all week", False),
    (EN, LAKE, "the level of the lake falls with the seasons", False),
    (RU, PRICES_RU, "цены на рынке росли", False),
    (RU, MARKET_RU, "цены на рынке всю неделю росли", False),
    # the swing of another thing, or none
    (EN, TIDE_POINT, "the rise and fall of the wind", False),
    (EN, MARKET, "prices in the market stayed the same all week", False),
    (RU, RIVER_RU, "уровень озера растёт и падает", False),
])
def test_a_swing_said_otherwise(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("words", "dirs", "code", "claimed"), [
    ("rise and fall".split(), [1, 0, -1], "en", [0, 0, 0]),
    ("rose or fell".split(), [1, 0, -1], "en", [0, 0, 0]),
    ("то росли то падали".split(), [0, 1, 0, -1], "ru", [0, 0, 0, 0]),
    # a rise and then a fall, two things moving, or one direction twice: left as they are
    ("rose and then fell".split(), [1, 0, 0, -1], "en", [1, 0, 0, -1]),
    ("exports rose and imports fell".split(), [0, 1, 0, 0, -1], "en", [0, 1, 0, 0, -1]),
    ("rose and grew".split(), [1, 0, 1], "en", [1, 0, 1]),
    ("растет и падает".split(), [1, 0, -1], "en", [1, 0, -1]),  # (the joining word of another language)
])
def test_the_direction_a_swing_claims(words: list[str], dirs: list[int], code: str, claimed: list[int]) -> None:
    assert steady(words, dirs, code) == claimed
