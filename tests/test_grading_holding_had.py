"""A verb of holding said by "have" (`grading.having`, issue #11): "each cell has a nucleus" makes "each cell contains
a nucleus", "it has 40 litres" "the tank holds 40 litres", "it had two doctors" "the expedition included two
doctors". The rest of the keypoint is still wanted: another figure, a negation, another thing, "have" as an
auxiliary ("has lost") or of duty ("had to make") are no answer. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

CELL = one_point("each cell contains a nucleus", "What is inside each cell?")
TANK = one_point("the tank holds 40 litres of fuel", "How much fuel fits in the tank?")
LIBRARY = one_point("the old library contains rare maps", "What is special about the old library?")
CREW = one_point("the expedition included two doctors", "Who went on the expedition?")

ROWS = [
    (CELL, "each cell has a nucleus", True),
    (CELL, "every cell has a nucleus", True),
    (TANK, "it has 40 litres", True),
    (LIBRARY, "it has rare maps", True),
    (CREW, "it had two doctors", True),
    (CELL, "each cell has no nucleus", False),  # negation
    (CELL, "each cell lacks a nucleus", False),
    (CELL, "each cell has lost its nucleus", False),  # an auxiliary
    (CELL, "each cell had to make a nucleus", False),  # a duty
    (TANK, "it has 30 litres", False),  # another figure
    (LIBRARY, "it has no rare maps", False),
    (LIBRARY, "it sells rare maps", False),  # another verb
    (CREW, "it had three doctors", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_holding_said_by_have(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "holding_skips", lambda got, wordings: frozenset())
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


def test_a_noun_of_the_same_stem_is_still_wanted():
    """ "containment" shares the stem of "contain": the noun is the thing wanted, "had" does not stand for it."""
    card = one_point("the reactor had no containment building", "What did the reactor lack?")
    grader = Grader.for_pack(_pack(card))
    assert grader.grade(card, "it had no containment building").correct
    assert not grader.grade(card, "it had no building").correct
