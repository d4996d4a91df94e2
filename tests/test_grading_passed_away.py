"""Dying said politely is dying (`lexicon_phrasal.DIRECTED_PHRASAL`, issue #11): "the old abbot had passed away in
1402" makes "the old abbot had died in 1402"; another year or a negation still fails. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

ABBOT = one_point("the old abbot had died in 1402", "Why did the abbey elect a new abbot?")
SMITH = one_point("the smith died before the bell was hung", "Why was the bell never finished?")

ROWS = [
    (ABBOT, "the old abbot had passed away in 1402", True),
    (ABBOT, "in 1402 the old abbot passed away", True),
    (ABBOT, "the old abbot had passed away in 1420", False),
    (ABBOT, "the old abbot had not passed away in 1402", False),
    (SMITH, "the smith passed away before the bell was hung", True),
    (SMITH, "the smith passed away after the bell was hung", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_passing_away_is_dying(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
