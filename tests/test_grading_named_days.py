"""A day named, not numbered, whose date never moves is that date ("Valentine's Day 1412", "valentines day 1412",
"St Valentine's Day 1412" for 14 February 1412; "St Patrick's Day", "Halloween"; "Independence Day" for the
Fourth of July, "Armistice Day"); another day or year stays wrong
(`lexicon_days.NAMED_DAYS`). Invented cards on a town fair."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

FAIR = Card(id="d", section="s", kind="date", prompt="On what day did the fair burn down?", answer="14 February 1412",
            date="1412-02-14", precision="day")
MARKET = Card(id="m", section="s", kind="date", prompt="When was the market charter sealed?", answer="17 March 1398",
              date="1398-03-17", precision="day")
DIG = Card(id="g", section="s", kind="date", prompt="When did digging begin?", answer="4 July 1817", date="1817-07-04",
           precision="day")
TRUCE = Card(id="t", section="s", kind="date", prompt="When did the guns fall silent?", answer="11 November 1918",
             date="1918-11-11", precision="day")
FEAST = Card(id="f", section="s", kind="date", prompt="When was the guild feast?", answer="31 October 1450",
             date="1450-10-31", precision="day")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (FAIR, "Valentine's Day 1412", True),
    (FAIR, "valentines day 1412", True),
    (FAIR, "St Valentine's Day, 1412", True),
    (FAIR, "Saint Valentine's Day 1412", True),
    (FAIR, "Valentine's Day 1413", False),
    (FAIR, "Christmas Day 1412", False),
    (MARKET, "St Patrick's Day 1398", True),
    (MARKET, "St George's Day 1398", False),
    (FEAST, "on Halloween 1450", True),
    (FEAST, "All Saints' Day 1450", False),
    (DIG, "Independence Day 1817", True),
    (DIG, "on independence day, 1817", True),
    (DIG, "Independence Day 1818", False),
    (DIG, "Bastille Day 1817", False),
    (TRUCE, "Armistice Day 1918", True),
    (TRUCE, "Remembrance Day, 1918", True),
    (TRUCE, "Bonfire Night 1918", False),
])
def test_a_named_day_is_its_date(card, answer, right):
    assert Grader().grade(card, answer).correct is right
