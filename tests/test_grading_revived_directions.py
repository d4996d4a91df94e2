"""An activity that comes back or does well is more of it, and one that collapses is less (issue #11): a point
"fishing revived" is not made by "fishing fell" or "fishing collapsed", even where a bare accepted wording ("fishing")
names the activity; "fishing grew" and "more fishing" still make it. Russian alike ("оживилось рыболовство",
"рыболовство рухнуло"). Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import accepting, explain, one_point

FISHING = accepting("fishing revived", "fishing", prompt="What changed in the bay after the ban?")
WOOL = one_point("the wool trade flourished", "What happened to the town's trade?")
MILLS = explain("the mills thrived", "the river was cleaned", need=2, prompt="What did the canal bring?")
PRICES = one_point("grain prices collapsed", "What happened after the harvest?")
RU_FISH = accepting("оживилось рыболовство", "рыболовство", prompt="Что изменилось в заливе?")
RU_MARKET = explain("расцвела ярмарка", "выросли склады", need=2, prompt="Что дала городу новая дорога?")
RU_GUILD = one_point("цех пришёл в упадок", "Что стало с цехом?")

ROWS = [
    (FISHING, "fishing revived", "en", True),
    (FISHING, "fishing grew", "en", True),
    (FISHING, "more fishing", "en", True),
    (FISHING, "fishing", "en", True),
    (FISHING, "fishing fell", "en", False),
    (FISHING, "fishing declined", "en", False),
    (FISHING, "fishing collapsed", "en", False),
    (FISHING, "less fishing", "en", False),
    (WOOL, "the wool trade flourished", "en", True),
    (WOOL, "the wool trade grew", "en", True),
    (WOOL, "the wool trade collapsed", "en", False),
    (WOOL, "the wool trade declined", "en", False),
    (MILLS, "the mills thrived and the river was cleaned", "en", True),
    (MILLS, "the mills declined and the river was cleaned", "en", False),
    (PRICES, "grain prices collapsed", "en", True),
    (PRICES, "grain prices fell sharply", "en", True),
    (PRICES, "grain prices rose", "en", False),
    (RU_FISH, "рыболовство оживилось", "ru", True),
    (RU_FISH, "рыболовство выросло", "ru", True),
    (RU_FISH, "рыболовство", "ru", True),
    (RU_FISH, "рыболовство упало", "ru", False),
    (RU_FISH, "рыболовство сократилось", "ru", False),
    (RU_FISH, "рыболовство рухнуло", "ru", False),
    (RU_MARKET, "ярмарка расцвела, выросли склады", "ru", True),
    (RU_MARKET, "ярмарка сократилась, выросли склады", "ru", False),
    (RU_GUILD, "цех пришёл в упадок", "ru", True),
    (RU_GUILD, "цех вырос", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_a_revival_is_more_and_a_collapse_less(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
