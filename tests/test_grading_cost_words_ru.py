"""A price said by its verb in Russian: "товары стоили дорого" says "товары были дорогими", "хлеб стоит дешевле"
says "хлеб дешевле" (as English "cost more": tests/test_grading_cost_words.py); "дорого" is read as "дорогой"
(its Snowball stem is "дор"). The other way round stays the other way (lexicon_ru_own_words._COST). Invented
cards; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import explain, one_point

RU = Grader(language="ru")

CLOTH = one_point("сукно стоило дорого", "Почему крестьяне не покупали сукно?")
SALT = one_point("соль была дешёвой", "Почему соль брали впрок?")
FAIR = explain("ткани стоили дорого", "зерно стоило дёшево", prompt="Что было на ярмарке?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the verb of price left out, or said where the point has none: made
    (CLOTH, "сукно было дорогим", True),
    (CLOTH, "сукно дорогое", True),
    (CLOTH, "сукно дорого стоило", True),
    (CLOTH, "сукно было очень дорогим", True),
    (SALT, "соль стоила дешево", True),
    (SALT, "соль дешево стоила", True),
    (FAIR, "ткани были дорогими, а зерно дешевым", True),
    (FAIR, "ткани дорогие, зерно дешевое", True),
    # the other end, a negation, the things swapped: not made
    (CLOTH, "сукно было дешевым", False),
    (CLOTH, "сукно стоило дешево", False),
    (CLOTH, "сукно стоило недорого", False),
    (SALT, "соль стоила дорого", False),
    (FAIR, "ткани стоили дешево, а зерно дорого", False),
    (FAIR, "зерно стоило дорого, а ткани стоили дешево", False),
    (FAIR, "зерно дорогое, а ткани дешевые", False),
])
def test_a_price_said_by_its_verb_ru(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
