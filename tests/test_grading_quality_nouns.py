"""An English adjective of quality said for its noun made on another stem, and back ("hot air" for "heat", "the deep
moat" for "the depth of the moat", "the summer heat" for "the hot summer"): `meaning.kindred`'s `_QUALITIES`, which
WordNet's frequent-sense family table lacks. The opposite adjective, another quality or another thing still fails.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.meaning import kindred
from tests.cards import explain

VARNISH = explain("heat spoils the varnish", prompt="Why is the violin kept in a cool room?")
MOAT = explain("the depth of the moat stopped the attackers", prompt="Why did the siege fail?")
RAFT = explain("the strength of the current carried the raft away", prompt="Why was the raft lost?")
WELLS = explain("the hot summer dried the wells", prompt="Why did the village move?")

ROWS = [
    (VARNISH, "hot air spoils the varnish", True),
    (VARNISH, "cold air spoils the varnish", False),  # the opposite
    (VARNISH, "damp air spoils the varnish", False),  # another quality
    (MOAT, "the deep moat stopped the attackers", True),
    (MOAT, "the shallow moat stopped the attackers", False),
    (MOAT, "the wide moat stopped the attackers", False),
    (RAFT, "the strong current carried the raft away", True),
    (RAFT, "the weak current carried the raft away", False),
    (WELLS, "the summer heat dried the wells", True),
    (WELLS, "the summer cold dried the wells", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_quality_said_by_its_adjective_or_its_noun(card, answer, right):
    assert Grader().grade(card, answer).correct is right


@pytest.mark.parametrize(("a", "b", "kin"), [
    ("hot", "heat", True), ("heat", "hot", True), ("deep", "depths", True), ("heights", "high", True),
    ("hotter", "heat", False),  # a comparative is no plain quality
    ("hot", "cold", False), ("deep", "width", False),
])
def test_quality_kin(a, b, kin):
    assert kindred(a, b) is kin
