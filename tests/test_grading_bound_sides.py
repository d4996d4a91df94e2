"""A bound on a figure said from the other side on a numeric card (core/grading/bound_sides.py): the card's answer
"не больше 20" ("no more than 20") is not given by "больше 20" ("more than 20"), "at least 20" or "20 и более";
a bound on the same side, or none, is judged on the figure as before. Invented cards; each row says what a fair
teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.bound_sides import bound_side
from studybot.core.packs import Card

from .cards import numeric

EN, RU = Grader(), Grader(language="ru")

SHOP_RU = numeric(20, "", "не больше 20", prompt="Сколько подмастерьев мог нанять цех?")
SHOP_EN = numeric(20, "", "no more than 20", prompt="How many apprentices could a guild hire?")
TOLL_RU = numeric(5, "%", "не меньше 5%", prompt="Какую пошлину брали с купцов?")
TOLL_EN = numeric(5, "%", "5% or more", prompt="What toll did merchants pay?")
BARE = numeric(20, "", "20", prompt="Сколько подмастерьев было в цехе?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    # the bound the other way round: not right
    (RU, SHOP_RU, "больше 20", False),
    (RU, SHOP_RU, "более двадцати", False),
    (RU, SHOP_RU, "свыше 20", False),
    (RU, SHOP_RU, "не меньше 20", False),
    (RU, SHOP_RU, "20 и более", False),
    (EN, SHOP_EN, "more than 20", False),
    (EN, SHOP_EN, "at least twenty", False),
    (EN, SHOP_EN, "over 20", False),
    (RU, TOLL_RU, "меньше 5%", False),
    (RU, TOLL_RU, "не больше 5 процентов", False),
    (EN, TOLL_EN, "at most 5%", False),
    (EN, TOLL_EN, "under 5 percent", False),
    # the same side, or the figure alone: right
    (RU, SHOP_RU, "до 20", True),
    (RU, SHOP_RU, "максимум двадцать", True),
    (RU, SHOP_RU, "не более 20 человек", True),
    (RU, SHOP_RU, "20", True),
    (RU, SHOP_RU, "около 20", True),
    (EN, SHOP_EN, "up to 20", True),
    (EN, SHOP_EN, "at most 20", True),
    (EN, SHOP_EN, "20", True),
    (RU, TOLL_RU, "как минимум 5%", True),
    (RU, TOLL_RU, "5% и выше", True),
    (EN, TOLL_EN, "at least 5%", True),
    # "20 or fewer", "20 или меньше": a bound, not two answers offered
    (RU, SHOP_RU, "20 или меньше", True),
    (RU, SHOP_RU, "20 или более", False),
    (EN, SHOP_EN, "20 or fewer", True),
    (EN, SHOP_EN, "20 or less", True),
    (EN, SHOP_EN, "20 or more", False),
    (EN, TOLL_EN, "5% or less", False),
    # a bound said through a negation is a bound, no negation of the figure ("не выше 5,5": at most 5,5)
    (RU, SHOP_RU, "не выше 20", True),
    (RU, SHOP_RU, "не свыше двадцати", True),
    (RU, SHOP_RU, "не ниже 20", False),
    (EN, SHOP_EN, "no higher than 20", True),
    (EN, SHOP_EN, "not over 20", True),
    (EN, SHOP_EN, "not below 20", False),
    (RU, TOLL_RU, "выше 5%", True),
    (RU, TOLL_RU, "ниже 5%", False),
    # a figure nearly reached is bounded from above: no "5% or more", still "no more than 20"
    (EN, TOLL_EN, "nearly 5%", False),
    (EN, TOLL_EN, "almost 5 percent", False),
    (EN, TOLL_EN, "not quite 5%", False),
    (RU, TOLL_RU, "почти 5%", False),
    (RU, TOLL_RU, "без малого 5%", False),
    (EN, SHOP_EN, "nearly 20", True),
    (RU, SHOP_RU, "почти 20", True),
    (EN, TOLL_EN, "just over 5%", True),
    # a card whose answer sets no bound: a bound in the answer is judged as before
    (RU, BARE, "до 20", True),
    (RU, BARE, "не выше 20", True),
    (RU, BARE, "не 20", False),
    (RU, BARE, "почти 20", True),
])
def test_a_bound_from_the_other_side(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace


@pytest.mark.parametrize(("text", "code", "side"), [
    ("максимум 20", "ru", -1), ("больше 20", "ru", 1), ("20 и выше", "ru", 1), ("от 7,35 до 7,45", "ru", 0),
    ("at maximum 20", "en", -1), ("20 or more", "en", 1), ("between 3 and 5", "en", 0), ("about 20", "en", 0),
    ("more than 20, less than 30", "en", 0), ("nearly 20", "en", -1), ("almost 20", "en", -1),
    ("почти 20", "ru", -1), ("nearly all 20", "en", 0),
])
def test_the_side_a_text_bounds_its_figure_from(text: str, code: str, side: int) -> None:
    assert bound_side(text, code) == side
