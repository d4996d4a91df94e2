"""A numeric card counted in a word the grader knows no unit by (`unit: groats`, `unit: people`;
core/grading/unknown_units.py): the figure alone or with the card's word is right, a figure in a currency the grader
knows ("3 ducats", "$3") is another thing, unless the card's own words name that currency. Invented cards; each row
says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

from .cards import numeric

EN, RU = Grader(), Grader(language="ru")

LOAF = numeric(3, "groats", "3 groats", prompt="What did a loaf cost at the fair?")
GUESTS = numeric(40, "people", "40 people", prompt="How many came to the feast?")
FLORINS = numeric(12, "florins", "12 florins", prompt="What did a bolt of cloth cost?")
OIL = numeric(80, "dollars per barrel", "80 dollars per barrel", prompt="What did oil cost?")
GROSH = numeric(5, "грошей", "5 грошей", prompt="Сколько стоил хлеб?")
# the card itself names the coin: "a groat was a ducat's worth here" is the pack's to say
NAMED = Card(id="n", section="s", kind="numeric", prompt="What did a loaf cost, in groats (ducats)?",
             answer="3 groats", number=NumberSpec(3, "groats", 0.0, False))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, LOAF, "3 groats", True),
    (EN, LOAF, "3", True),
    (EN, LOAF, "three groats", True),
    (EN, LOAF, "3 groats a loaf", True),
    (EN, LOAF, "4 groats", False),
    (EN, LOAF, "3 ducats", False),
    (EN, LOAF, "3 florins", False),
    (EN, LOAF, "$3", False),
    (EN, LOAF, "3 shillings", False),
    (EN, LOAF, "3 days", False),
    (EN, GUESTS, "40", True),
    (EN, GUESTS, "forty people", True),
    (EN, GUESTS, "40 dollars", False),
    (EN, NAMED, "3 ducats", True),
    (EN, NAMED, "3 florins", False),
    # a unit the grader knows keeps its own rules: a florin is a guilder, a ducat is another coin
    (EN, FLORINS, "12 guilders", True),
    (EN, FLORINS, "12 ducats", False),
    # a unit that is a currency per something is money: a figure in that currency answers it
    (EN, OIL, "$80 a barrel", True),
    (EN, OIL, "80 dollars", True),
    (RU, GROSH, "5 грошей", True),
    (RU, GROSH, "5", True),
    (RU, GROSH, "5 рублей", False),
])
def test_a_currency_for_a_card_counted_in_an_unknown_word(grader: Grader, card: Card, given: str,
                                                         right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
