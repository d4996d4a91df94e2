"""An English point said with an adverb of degree ("rose sharply"): made by another strong degree ("went up a lot",
"increased considerably") or by none, never by a weak one ("slightly", "a little") nor the other direction
(core/grading/intensifiers.py, `lexicon_degree`). Cards on invented subjects (beehives, wax, a ferry)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN = Grader(language="en")

HIVES = one_point("the number of beehives rose sharply", "What happened to the beehives after the new law?")
WAX = one_point("the price of wax fell steeply", "How did wax change in the dry year?")
FERRY = one_point("fares increased dramatically", "What happened to the ferry?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a strong degree said otherwise, or left out: made
    (HIVES, "the number of beehives went up a lot", True),
    (HIVES, "the number of beehives increased considerably", True),
    (HIVES, "the number of beehives grew significantly", True),
    (HIVES, "the number of beehives rose", True),
    (WAX, "the price of wax dropped a lot", True),
    (WAX, "the price of wax fell dramatically", True),
    (FERRY, "fares went up greatly", True),
    # a weak degree, the other direction, a negation: not made
    (HIVES, "the number of beehives rose slightly", False),
    (HIVES, "the number of beehives went up a little", False),
    (HIVES, "the number of beehives rose a bit", False),
    (HIVES, "the number of beehives fell sharply", False),
    (HIVES, "the number of beehives did not rise", False),
    (WAX, "the price of wax went down a little", False),
    (WAX, "the price of wax fell marginally", False),
    (WAX, "the price of wax rose steeply", False),
    (FERRY, "fares increased slightly", False),
])
def test_strong_degree(card: Card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace


def test_a_little_before_a_noun_counts() -> None:
    """ "a little water" counts the water: no degree of the point's verb."""
    card = one_point("the river rose sharply", "What did the river do?")
    assert EN.grade(card, "the river rose sharply and carried a little sand").correct is True
