"""English "little" before a plural is the adjective of size, also with a word between ("little iron pellets": small
ones), where the plural can be no verb; before an uncountable noun, or where the plural may be a verb ("little water
flows"), it still denies an amount. Reported by an instructor: "little iron pellets" was marked "(negation)" against a
card's "small iron shot". Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card, Pack, Section

PELLETS = Card(id="c", section="s", kind="short", prompt="What did the Harwick bird-gun fire?",
               answer="small lead pellets", accept=("small pellets",))
BEADS = Card(id="b", section="s", kind="short", prompt="What did the weavers sew on the hems?",
             answer="small glass beads")
EN = Grader.for_pack(Pack(id="p", title="p", sections=(Section("s", "S", "notes"),), cards=(PELLETS, BEADS)))


@pytest.mark.parametrize(("card", "given", "right"), [
    (PELLETS, "little lead pellets", True),
    (PELLETS, "little pellets", True),
    (PELLETS, "small lead pellets", True),
    (PELLETS, "few lead pellets", False),
    (PELLETS, "large lead pellets", False),
    (BEADS, "little glass beads", True),
    (BEADS, "few glass beads", False),
    (BEADS, "big glass beads", False),
])
def test_little_before_a_qualified_plural_is_small(card: Card, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "negated"), [
    ("the gun fired little lead pellets", False),
    ("they sewed little glass beads on", False),
    ("little rain water flows into the lake", True),  # a plural that may be a verb: "little" of amount
    ("little lead was left", True),
    ("there were few lead pellets", True),  # "few" is of number
    ("a little lead", False),
])
def test_little_of_size_and_little_of_amount(given: str, negated: bool) -> None:
    assert Prepared.of(given, Aliases(), lemmas=True).negated() is negated
