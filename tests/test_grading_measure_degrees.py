"""A weight or a price said by its verb is read as by its adjective (issue #11, answers in learners' own words): in
Russian a comparison ("сундук весит меньше бочки", "меньше весит" for "сундук легче бочки"; "ситец стоит меньше
шёлка" for "ситец дешевле шёлка") and a weight or price said with a word of degree ("сани мало весят", "весят
немного" for "сани лёгкие", "весит много" for "тяжёлый"; "ситец мало стоит" for "дешёвый"), as English "weighs more
than", "costs more than" already were; in English a weight or a price said with a word of degree too ("the sledge
weighs very little" for "the sledge is light", "weighs a lot" for "heavy"; "the cloth cost little" for "cheap",
"costs a lot" for "expensive"). The other way round stays wrong, and so does a figure, a unit or money after the
degree, which bounds the amount ("весит меньше тонны", "стоит меньше рубля", "weighs little more than a ton").
Invented cards (a sledge, a chest, a barrel, calico and silk)."""

from __future__ import annotations

import pytest

from studybot.core import preparing, property_changes
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_measure_verbs import measures_said
from tests.cards import one_point

SANI = one_point("сани лёгкие", "Почему охотник взял сани?")
HEAVY_RU = one_point("сундук тяжёлый", "Почему сундук не унесли?")
CHEST = one_point("сундук легче бочки", "Почему взяли сундук?")
SLEDGE = one_point("the sledge is light", "Why did the hunter take the sledge?")
HEAVY = one_point("the chest is heavy", "Why was the chest left behind?")
CALICO = one_point("ситец дешевле шёлка", "Почему крестьяне шили из ситца?")
CHEAP_RU = one_point("ситец дешёвый", "Почему крестьяне шили из ситца?")
CHEAP = one_point("calico was cheap", "Why did the peasants sew with calico?")
DEAR = one_point("silk was expensive", "Why did the peasants not sew with silk?")

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
    (CALICO, "ситец стоит меньше шёлка", True), (CALICO, "ситец меньше стоит, чем шёлк", True),
    (CALICO, "ситец стоит больше шёлка", False),
    (CHEAP_RU, "ситец мало стоит", True), (CHEAP_RU, "ситец стоит немного", True),
    (CHEAP_RU, "ситец стоит много", False),
    (CHEAP, "calico cost little", True), (CHEAP, "calico costs very little", True),
    (CHEAP, "calico cost a lot", False),
    (DEAR, "silk cost a lot", True), (DEAR, "silk costs a great deal", True), (DEAR, "silk cost little", False),
]


def _pack(card: Card) -> Pack:
    lang = "ru" if any("а" <= c <= "я" for c in card.answer) else "en"
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_weight_said_by_its_verb_is_its_adjective(card: Card, given: str, right: bool) -> None:
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_reading_these_fail(card: Card, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preparing, "measures_said", lambda text: text)
    monkeypatch.setattr(property_changes, "_SAID_SO", property_changes.re.compile(r"(?!x)x"))
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
    ("ситец стоит гораздо меньше шёлка", "ситец гораздо дешевле шёлка"),
    ("ситец мало стоит", "ситец дешевый"),
    ("ситец стоит меньше рубля", "ситец стоит меньше рубля"),  # money: a bound
    ("ситец стоит больше ста рублей", "ситец стоит больше ста рублей"),
    ("стоит отметить ситец", "стоит отметить ситец"),
])
def test_the_russian_reading(text: str, read: str) -> None:
    assert measures_said(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("the sledge weighs very little", "the sledge is very light"),
    ("the chests weigh a lot", "the chests are heavy"),
    ("the sledge weighs little more than a ton", "the sledge weighs little more than a ton"),  # a bound
    ("the calico cost very little", "the calico is very cheap"),
    ("the silk costs a lot", "the silk is expensive"),
    ("the silk costed a lot", "the silk costed a lot"),
])
def test_the_english_reading(text: str, read: str) -> None:
    assert property_changes.property_changes(text) == read
