"""Another given name before the surname of the card's person names another person (issue #11, no trap accepted),
also where the card's answer puts a trade before the name ("Ernest Durand" for "the blacksmith Pierre Durand",
`described.fronted_name`), where the aliases name him "Durand". From the bicycle author's validate report; on a
choice card the same check moved a development answer with a slip of the given name ("Jon Glen") and three held-out
ones the wrong way, so a choice is left as it was. Invented cards and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = "Pierre Durand, a Paris blacksmith, and his son Ernest fitted cranks to the front wheel in 1864."
ALIASES = {"Pierre Durand": ("Durand",)}


def _right(card: Card, given: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(card,), language="en",
                aliases=ALIASES)
    return Grader.for_pack(pack).grade(card, given).correct


TRADE = Card(id="c", section="s", kind="short", prompt="Who fitted cranks to the front wheel?",
             answer="the blacksmith Pierre Durand")


@pytest.mark.parametrize(("card", "given", "right"), [
    (TRADE, "Pierre Durand", True),
    (TRADE, "Durand", True),
    (TRADE, "the blacksmith Durand", True),
    (TRADE, "Ernest Durand", False),
])
def test_another_given_name_is_another_person(card: Card, given: str, right: bool) -> None:
    assert _right(card, given) is right
