"""Comparisons said with the property's noun on both sides (issue #11): "the density of X is greater than the density of
Y" / "that of Y", "X exceeds Y in density", "плотность X больше плотности Y" / "чем у Y", "у X плотность больше, чем у
Y", "X уступает Y по плотности", "X имеет большую плотность, чем Y" say which of the two things has more of it, as "X
is denser than Y" / "X плотнее Y" does. So each of them is graded as that comparison: said the other way round ("Y's
density is lower than X's", "Y is less dense than X", "Y легче X") it passes, its two things swapped ("the density of
Y is greater than that of X", "Y тяжелее X") it fails. Invented subjects: a cork float and lamp oil, a cart and a
sled, a mast and a tower, wool and flax; a pier and a bridge."""

from __future__ import annotations

import pytest

from studybot.core.comparisons import rewrite_comparisons
from studybot.core.grading import Grader
from studybot.core.ru_nouns_compared import compared_by_noun
from tests.cards import explain

EN = Grader()
RU = Grader(language="ru")

EN_DENSER = explain("the density of the cork is greater than the density of the oil", prompt="When does a float sink?")
EN_HEAVIER = explain("the weight of the cart is greater than that of the sled", prompt="Why is the cart hard to pull?")
EN_PRICE = explain("the price of wool is higher than the price of flax", prompt="Why did the weavers switch?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the same comparison, in each form; beside it, the two things swapped
    (EN_DENSER, "the density of the cork is greater than the density of the oil", True),
    (EN_DENSER, "the density of the oil is greater than the density of the cork", False),
    (EN_DENSER, "the density of the cork is greater than that of the oil", True),
    (EN_DENSER, "the density of the oil is greater than that of the cork", False),
    (EN_DENSER, "the cork is denser than the oil", True),
    (EN_DENSER, "the oil is denser than the cork", False),
    (EN_DENSER, "the cork has a higher density than the oil", True),
    (EN_DENSER, "the oil has a higher density than the cork", False),
    (EN_DENSER, "the density of the cork exceeds that of the oil", True),
    (EN_DENSER, "the density of the oil exceeds that of the cork", False),
    (EN_DENSER, "the cork exceeds the oil in density", True),
    (EN_DENSER, "the oil surpasses the cork in density", False),
    # said the other way round: less of it in the other thing
    (EN_DENSER, "the oil's density is lower than the cork's", True),
    (EN_DENSER, "the cork's density is lower than the oil's", False),
    (EN_DENSER, "the oil is less dense than the cork", True),
    (EN_DENSER, "the cork is less dense than the oil", False),
    (EN_DENSER, "the density of the oil is less than the density of the cork", True),
    (EN_DENSER, "the density of the cork is less than that of the oil", False),
    (EN_DENSER, "the oil is lighter than the cork", True),
    (EN_DENSER, "the cork is lighter than the oil", False),
    # weight and price, by their noun
    (EN_HEAVIER, "the cart is heavier than the sled", True),
    (EN_HEAVIER, "the sled is heavier than the cart", False),
    (EN_HEAVIER, "the sled is lighter than the cart", True),
    (EN_HEAVIER, "the weight of the sled is far greater than the weight of the cart", False),
    (EN_PRICE, "wool is more expensive than flax", True),
    (EN_PRICE, "flax is cheaper than wool", True),
    (EN_PRICE, "flax is more expensive than wool", False),
    (EN_PRICE, "the price of flax is higher than that of wool", False),
])
def test_english_comparisons_by_the_noun(card: object, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)  # type: ignore[arg-type]
    assert verdict.correct is right, verdict.trace


RU_DENSER = explain("плотность пробки больше плотности масла", prompt="Когда поплавок тонет?")
RU_HEAVIER = explain("вес телеги больше веса саней", prompt="Почему телегу тяжело тянуть?")
RU_TALLER = explain("высота мачты больше высоты башни", prompt="Что видно с моря первым?")
RU_PRICE = explain("цена шерсти выше цены льна", prompt="Почему ткачи перешли на другое сырьё?")
RU_SINKS = explain("плотность пробки больше плотности масла", prompt="Когда пробка тонет в масле?")
RU_LONGER = explain("причал длиннее моста", prompt="Что строили дольше?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (RU_DENSER, "плотность пробки больше плотности масла", True),
    (RU_DENSER, "плотность масла больше плотности пробки", False),
    (RU_DENSER, "пробка плотнее масла", True),
    (RU_DENSER, "масло плотнее пробки", False),
    (RU_DENSER, "плотность пробки больше, чем плотность масла", True),
    (RU_DENSER, "плотность масла больше, чем плотность пробки", False),
    (RU_DENSER, "плотность пробки выше, чем у масла", True),
    (RU_DENSER, "плотность масла выше, чем у пробки", False),
    (RU_DENSER, "у пробки плотность больше, чем у масла", True),
    (RU_DENSER, "у масла плотность больше, чем у пробки", False),
    (RU_DENSER, "плотность у пробки намного выше, чем у масла", True),
    (RU_DENSER, "плотность у масла намного выше, чем у пробки", False),
    (RU_DENSER, "пробка имеет большую плотность, чем масло", True),
    (RU_DENSER, "масло имеет большую плотность, чем пробка", False),
    (RU_DENSER, "масло обладает меньшей плотностью, чем пробка", True),
    (RU_DENSER, "пробка обладает меньшей плотностью, чем масло", False),
    (RU_DENSER, "плотность пробки превышает плотность масла", True),
    (RU_DENSER, "плотность масла превышает плотность пробки", False),
    # the other way round: less of it in the other thing
    (RU_DENSER, "плотность масла меньше плотности пробки", True),
    (RU_DENSER, "плотность пробки меньше плотности масла", False),
    (RU_DENSER, "масло уступает пробке по плотности", True),
    (RU_DENSER, "пробка уступает маслу по плотности", False),
    (RU_DENSER, "по плотности пробка превосходит масло", True),
    (RU_DENSER, "по плотности масло превосходит пробку", False),
    (RU_DENSER, "масло менее плотное, чем пробка", True),
    (RU_DENSER, "пробка менее плотная, чем масло", False),
    (RU_DENSER, "масло легче пробки", True),
    (RU_DENSER, "пробка легче масла", False),
    # weight, height, price: the comparative of each noun's adjective
    (RU_HEAVIER, "телега тяжелее саней", True),
    (RU_HEAVIER, "сани тяжелее телеги", False),
    (RU_HEAVIER, "сани легче телеги", True),
    (RU_HEAVIER, "вес саней больше веса телеги", False),
    (RU_TALLER, "мачта выше башни", True),
    (RU_TALLER, "башня выше мачты", False),
    (RU_TALLER, "башня ниже мачты", True),
    (RU_TALLER, "высота башни больше высоты мачты", False),
    (RU_PRICE, "шерсть дороже льна", True),
    (RU_PRICE, "лён дороже шерсти", False),
    (RU_PRICE, "лён дешевле шерсти", True),
    (RU_PRICE, "стоимость льна выше стоимости шерсти", False),
    # the second thing unsaid where the question names it
    (RU_SINKS, "плотность у пробки выше", True),
    (RU_SINKS, "у пробки плотность больше", True),
    (RU_SINKS, "плотность у масла выше", False),
    (RU_SINKS, "у масла плотность больше", False),
    # and the point said by the adjective, the answer by the noun
    (RU_LONGER, "длина причала больше длины моста", True),
    (RU_LONGER, "длина моста больше длины причала", False),
    (RU_LONGER, "мост уступает причалу по длине", True),
    (RU_LONGER, "причал уступает мосту по длине", False),
])
def test_russian_comparisons_by_the_noun(card: object, given: str, right: bool) -> None:
    verdict = RU.grade(card, given)  # type: ignore[arg-type]
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize("text", [
    "скорость звука в воде больше, чем в воздухе",  # a place, not a thing: no second thing named
    "у лодки скорость больше 20 узлов",  # a bound of a figure
    "плотность сплава в 3 раза больше плотности воды",  # a factor: the figure's comparison
    "скорость становится больше",  # a change, no comparison of two things
    "сила тока в проводах меньше",  # "сила": a force too, left out
    "мощности у них нужно больше",  # a need, no thing compared
])
def test_russian_nouns_left_as_written(text: str) -> None:
    assert compared_by_noun(text) == text


@pytest.mark.parametrize(("text", "thing"), [
    ("the length of the raft is greater than ten metres", "the raft"),  # a bound of a figure
    ("the length of the raft is greater than 10 metres", "the raft"),
    ("the density of ice in winter is greater than that of water", "ice"),  # a time, not the thing
])
def test_english_nouns_not_read_as_compared_things(text: str, thing: str) -> None:
    assert not rewrite_comparisons(text, "en", frozenset()).startswith(thing)
