"""A comparison whose first term is the wording's own thing, said to be less so ("the cable was cheaper than the
radio", read "less expensive"), is the opposite of the wording's plain quality ("the cable would have cost a lot"),
as "the cable was cheaper" is (`grading.degree_flips`); with the wording's thing as the second term ("the radio was
cheaper than the cable") it says the wording's way. English and Russian; invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import explain

CABLE = explain("the cable would have cost a lot", prompt="Why did the island keep the radio link?")
LINING = explain("the lining is dense", prompt="Why does the furnace hold its heat?")
CABLE_RU = explain("кабель был бы дорогим", prompt="Почему остров оставил радиосвязь?")


def _grade(card: Card, given: str, language: str = "en") -> bool:
    pack = Pack(id="p", title="p", language=language, cards=(card,), sections=(Section(id="s", title="N", notes="x."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("card", "given", "language", "right"), [
    (CABLE, "the cable was cheaper than the radio", "en", False),
    (CABLE, "the cable was less expensive than the radio", "en", False),
    (CABLE, "the cable was cheaper", "en", False),
    (CABLE, "the cable would have been expensive", "en", True),
    (CABLE, "the cable was more expensive than the radio", "en", True),
    (CABLE, "the radio was cheaper than the cable", "en", True),
    (LINING, "the lining is less dense than brick", "en", False),
    (LINING, "brick is less dense than the lining", "en", True),
    (LINING, "the lining is dense", "en", True),
    (CABLE_RU, "кабель был дешевле радио", "ru", False),
    (CABLE_RU, "кабель был дешевле, чем радио", "ru", False),
    (CABLE_RU, "кабель был бы дорогим", "ru", True),
    (CABLE_RU, "кабель был дороже радио", "ru", True),
])
def test_first_term_said_less(card, given, language, right):
    assert _grade(card, given, language) is right
