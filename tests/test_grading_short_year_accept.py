"""A date card whose `accept` writes a year shortened ("June '85" for June 1785) tells how its instructor reads such
a year: in the card's own century. Its answers' shortened years are read so too ("June '85", "5 June '85", "'85 in
June"), in any language; another month or year stays wrong. Without such an `accept` an English "June 85" (no
apostrophe) is 1985; an apostrophe year is of the card's century anyway on a card dated 1000-1899
(`test_grading_short_years`).

Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def card(id_: str, iso: str, precision: str, accept: tuple[str, ...] = ()) -> Card:
    return Card(id=id_, section="s", kind="date", prompt="When did the lens workshop open?", answer=iso, date=iso,
                precision=precision, accept=accept)


MONTH = card("m", "1785-06", "month", ("June '85",))
DAY = card("d", "1783-08-14", "day", ("14 August '83",))
PLAIN = card("p", "1785-06", "month")
PACK = Pack(id="p", title="t", sections=(Section("s", "S", "x"),), cards=(MONTH, DAY, PLAIN))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card_", "answer", "right"), [
    (MONTH, "June '85", True),
    (MONTH, "June ’85", True),
    (MONTH, "5 June '85", True),
    (MONTH, "'85 in June", True),
    (MONTH, "in June '85", True),
    (MONTH, "June 1785", True),
    (MONTH, "June '86", False),
    (MONTH, "July '85", False),
    (MONTH, "'86 in June", False),
    (MONTH, "June 1985", False),
    (MONTH, "June", False),
    (DAY, "14 August '83", True),
    (DAY, "August 14, '83", True),
    (DAY, "15 August '83", False),
    (DAY, "14 August '84", False),
    (DAY, "August '83", False),
    (MONTH, "June 85", True),
    (PLAIN, "June 85", False),  # 1985: no accept says otherwise
    (PLAIN, "June '85", True),  # an apostrophe year: of the card's century
    (PLAIN, "June '86", False),
    (PLAIN, "June 1785", True),
])
def test_a_short_year_the_cards_accept_writes(card_, answer, right):
    assert GRADER.grade(card_, answer).correct is right
