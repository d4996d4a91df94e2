"""Wearing a thing away said with a phrasal verb is eroding it: "the soil washed away", "the rain washed the soil away",
"the wind wore the rock away" (`lexicon_phrasal`: WordNet's "wear away", "eat away" in the synsets of "erode"), its
object before the particle too (`SEPARABLE_PHRASAL`); and an answer that opens with "so" and a subject ("so the rain
doesn't ...") says a purpose, "that" left out (`grading.aims.purpose_said`), and keeping a thing from doing it is
preventing it ("kept the soil from washing away"; `phrases.rewrite_negatives`, not "kept the news from the king").
Not the thing said the other way round, denied, or kept. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Keypoint, Pack, Section
from studybot.core.phrases import rewrite_negatives

HEDGES = Card(id="hedges", section="s", kind="explain", prompt="Why did farmers plant hedges along the fields?",
              answer="To prevent soil erosion.", keypoints=(Keypoint("to prevent soil erosion", ()),), need=1)
BANKS = Card(id="banks", section="s", kind="explain", prompt="What did the flood do to the river?",
             answer="The flood eroded the river banks.",
             keypoints=(Keypoint("the flood eroded the river banks", ()),), need=1)

ROWS = [
    (HEDGES, "to stop the soil washing away", True),
    (HEDGES, "so the rain does not wash the soil away", True),
    (HEDGES, "so that the soil is not worn away by the wind", True),
    (HEDGES, "to stop the wind wearing the soil away", True),
    (HEDGES, "so the soil does not erode", True),
    (HEDGES, "so the soil washes away", False),
    (HEDGES, "the soil washed away", False),
    (HEDGES, "to keep the wind off the sheep", False),
    (HEDGES, "to keep the soil from washing away", True),  # keeping a thing from doing is preventing it
    (HEDGES, "they kept the soil from being eroded", True),
    (HEDGES, "to keep the soil washing away", False),
    (BANKS, "the flood washed the river banks away", True),
    (BANKS, "the flood wore away the river banks", True),
    (BANKS, "the river banks were washed away by the flood", True),
    (BANKS, "the flood did not wash the river banks away", False),
    (BANKS, "the flood washed the river banks", False),
    (BANKS, "the flood built up the river banks", False),
]


@pytest.mark.parametrize(("text", "read"), [
    ("they kept the ships from reaching the quay", "they prevented the ships from reaching the quay"),
    ("they kept the news from the king", "they kept the news from the king"),
])
def test_kept_from_doing_is_prevented(text, read):
    assert rewrite_negatives(text, language("en")) == read


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_worn_away_is_eroded(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
