"""A weight said by its verb is read as by its adjective (issue #11, answers in learners' own words): in Russian a
comparison ("сундук весит меньше бочки", "меньше весит" for "сундук легче бочки") and a weight said with a word of
degree ("сани мало весят", "весят немного" for "сани лёгкие"; "весит много" for "тяжёлый"), as English "weighs more
than" already was; in English a weight said with a word of degree too ("the sledge weighs very little" for "the
sledge is light", "weighs a lot" for "heavy"). The other way round stays wrong, and so does a figure or a unit after
the degree, which bounds the weight ("весит меньше тонны", "weighs little more than a ton"). Invented cards (a
sledge, a chest, a barrel)."""

from __future__ import annotations

import pytest

from studybot.core import preparing, property_changes
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_weights import weights_said
from tests.cards import one_point

SANI = one_point("сани лёгкие", "Почему охотник взял сани?")
HEAVY_RU = one_point("сундук тяжёлый", "Почему сундук не унесли?")
CHEST = one_point("сундук легче бочки", "Почему взяли сундук?")
SLEDGE = one_point("the sledge is light", "Why did the hunter take the sledge?")
HEAVY = one_point("the chest is heavy", "Why was the chest left behind?")

ROWS = [
    (SANI, "сани мало весят", True), (SANI, "сани весят очень мало", True), (SANI, "сани весят немного", True),
    (SANI, "сани весят много", False), (SANI, "сани много весят", False),
    (HEAVY_RU, "сундук весит много", True), (HEAVY_RU, "сундук очень много весит", True),
    (HEAVY_RU, "сундук мало весит", False),
    (CHEST, "сундук весит меньше бочки", True), (CHEST, "сундук весит намного меньше, чем бочка", True),
    (CHEST, "сундук меньше весит, чем бочка", True),
    (CHEST, "сундук весит больше бочки", False), (CHEST, "бочка весит меньше сундука", False),
    (SLEDGE, "the sledge weighs little", True), (SLEDGE, "the sledge weighs very little", True),
    (SLEDGE, "the sledge weighs a lot", False),
    (HEAVY, "the chest weighs a lot", True), (HEAVY, "the chest weighs a great deal", True),
    (HEAVY, "the chest weighs little", False),
]


def _pack(card: Card) -> Pack:
    lang = "ru" if any("а" <= c <= "я" for c in card.answer) else "en"
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_weight_said_by_its_verb_is_its_adjective(card: Card, given: str, right: bool) -> None:
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_reading_these_fail(card: Card, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preparing, "weights_said", lambda text: text)
    monkeypatch.setattr(property_changes, "_WEIGHS_SO", property_changes.re.compile(r"(?!x)x"))
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


@pytest.mark.parametrize(("text", "read"), [
    ("сани мало весят", "сани легкий"),
    ("сани весят совсем немного", "сани совсем легкий"),
    ("сундук весит гораздо больше бочки", "сундук гораздо тяжелее бочки"),
    ("сундук весит в три раза меньше, чем бочка", "сундук в три раза легче, чем бочка"),
    ("сундук весит меньше тонны", "сундук весит меньше тонны"),  # a bound: as written
    ("сундук весит больше пяти пудов", "сундук весит больше пяти пудов"),
    ("сундук весит больше 40 кг", "сундук весит больше 40 кг"),
    ("сундук весит много килограммов", "сундук весит много килограммов"),
    ("сундук весит немного больше бочки", "сундук немного тяжелее бочки"),
    ("сколько весит сундук", "сколько весит сундук"),
])
def test_the_russian_reading(text: str, read: str) -> None:
    assert weights_said(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("the sledge weighs very little", "the sledge is very light"),
    ("the chests weigh a lot", "the chests are heavy"),
    ("the sledge weighs little more than a ton", "the sledge weighs little more than a ton"),  # a bound
])
def test_the_english_reading(text: str, read: str) -> None:
    assert property_changes.property_changes(text) == read
