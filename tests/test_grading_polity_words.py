""""Country" and "state" name one polity in English ("any country" chooses "any state"; "the coastal country" makes
"the coastal state"), a general synonym group (`lexicon.SYNONYMS`). Another polity or another quantifier stays
wrong. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import explain

CHOICE = Card(id="c", section="s", kind="choice", prompt="Who may inspect the ferry at sea?",
              options=("only the owner's bank", "any state", "only the nearest port authority"), answer="any state")


@pytest.mark.parametrize(("given", "right"), [
    ("any state", True),
    ("any country", True),
    ("every country", True),
    ("only the owner's bank", False),
    ("the nearest port authority", False),
])
def test_a_choice_names_a_state_as_a_country(given, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(CHOICE,), language="en")
    assert Grader.for_pack(pack).grade(CHOICE, given).correct is right


@pytest.mark.parametrize(("point", "answer", "right"), [
    ("the coastal state may close the strait", "the coastal country may close the strait", True),
    ("each country keeps its own ferries", "each state keeps its own ferries", True),
    ("the coastal state may close the strait", "the coastal state may not close the strait", False),
    ("the coastal state may close the strait", "the coastal city may close the strait", False),
    ("each country keeps its own ferries", "each company keeps its own ferries", False),
])
def test_a_point_names_a_state_as_a_country(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
