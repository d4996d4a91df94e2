"""A Russian noun of a source or a material after "из" met by the answer's relational adjective (round 44, issue #11,
the open case "осиновый" for "из осины"): "лодку сделали из осины" / "сделали осиновую лодку" (`ru_made_of`). Beside
it, traps that stay wrong: another material, a denial, the noun without "из" in the point ("у осины": an aspen boat
is not one by an aspen)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

RU = Grader(language="ru")
BOAT = one_point("лодку сделали из осины", "Из чего сделали лодку?")
RAFT = one_point("плот связали из берёз", "Из чего связали плот?")
BY = one_point("лодка стоит у осины", "Где лодка?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (BOAT, "сделали осиновую лодку", True),
    (BOAT, "лодку сделали осиновую", True),
    (RAFT, "связали берёзовый плот", True),
    (BOAT, "сделали сосновую лодку", False),
    (BOAT, "осиновую лодку не сделали", False),
    (RAFT, "связали сосновый плот", False),
    (RAFT, "берёзовый плот не связали", False),
    (BY, "осиновая лодка стоит", False),
])
def test_source_adjective(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
