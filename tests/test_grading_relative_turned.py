"""A short answer of a head and a relative clause said with the head and the clause's object in each other's places
turns round who does what to whom (`grading.relative_turned`, issue #11): "beetles that feed on fungi" is no "fungi
that feed on beetles"; the same order with another relative word or a participle keeps it, and so does a clause with
a subject of its own ("beetles which fungi feed on"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

FUNGI = short("fungi that feed on beetles", prompt="What are the moor's grey threads?")
HALL = short("a building that houses the mint", "the mint's building", prompt="What is the Round Hall?")
WASPS = short("wasps which lay their eggs in caterpillars", prompt="What are ichneumons?")

ROWS = [
    (FUNGI, "fungi that feed on beetles", True),
    (FUNGI, "a fungus which feeds on beetles", True),
    (FUNGI, "fungi feeding on beetles", True),
    (FUNGI, "beetles which fungi feed on", True),  # the clause's own subject: the same relation
    (FUNGI, "beetles that feed on fungi", False),
    (FUNGI, "a beetle that feeds on fungi", False),
    (FUNGI, "beetles feeding on fungi", False),
    (HALL, "a building housing the mint", True),
    (HALL, "a mint that houses the building", False),
    (WASPS, "wasps that lay eggs in caterpillars", True),
    (WASPS, "caterpillars that lay their eggs in wasps", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_head_and_its_clause_object_swapped(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
