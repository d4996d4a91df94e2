"""A plural joined to another by "and"/"or" after a determiner ("covered the roads and bridges") is a second object,
not a verb opening a clause of its own (`grading.all_but_one._joined_plural`, issue #11): the wording is made with it
left out ("it covered the roads"), as a wording but for one word is. Another noun joined in its place, another verb,
a negation or the other noun alone are still no answer; a verb joined by "and" ("rises and floods") is still the
claim. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, all_but_one
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

FLOOD = one_point("the flood covered the roads and bridges", "What did the flood do?")
STORM = one_point("the storm damaged the roofs and the chimneys", "What did the storm do?")
RIVER = one_point("the river rises and floods", "What happens to the river in spring?")

ROWS = [
    (FLOOD, "it covered the roads", True),
    (FLOOD, "covered the roads", True),
    (FLOOD, "the roads were covered", True),
    (STORM, "it damaged the roofs", True),
    (FLOOD, "it covered the roads and fields", False),  # another noun joined in its place
    (FLOOD, "it covered the roads and the rails", False),
    (FLOOD, "it destroyed the roads", False),  # another verb
    (FLOOD, "it never covered the roads", False),  # negation
    (FLOOD, "it uncovered the roads", False),
    (STORM, "it repaired the roofs", False),
    (STORM, "it damaged the roofs and the windows", False),
    (RIVER, "the river rises", False),  # a verb joined: its claim
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_joined_plural_left_out(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(all_but_one, "_joined_plural", lambda *args: False)
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct
