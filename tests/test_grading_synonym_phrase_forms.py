"""A phrase of an English pack's `synonyms` said in another form of its words, in its order (`Aliases`, issue #11):
under `[overgrazing, grazing too many sheep]`, "they grazed too many sheep" says "overgrazing", as "grazing too many
sheep" does; under `[backwash, water running back]`, "the water ran back" says "backwash". Read by the words' stems,
as a language of cases reads its names; other words, or the words in another order, are no such phrase. Invented
subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core import aliases
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

PASTURE = one_point("overgrazing ruined the common pasture", "Why did the village lose its pasture?")
BEACH = one_point("the backwash scoured the shingle", "Why did the beach shrink?")
SYNONYMS = (("overgrazing", "grazing too many sheep"), ("backwash", "water running back"))

ROWS = [
    (PASTURE, "they grazed too many sheep, which ruined the common pasture", True),
    (PASTURE, "grazing too many sheep ruined the common pasture", True),
    (PASTURE, "they grazed too few sheep, which ruined the common pasture", False),
    (PASTURE, "too many sheep grazed and ruined the common pasture", False),  # another order: no such phrase
    (BEACH, "the water ran back and scoured the shingle", True),
    (BEACH, "the water ran in and scoured the shingle", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                synonyms=SYNONYMS)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_synonym_phrase_in_another_form(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and "grazing too many" not in given])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(aliases.Aliases, "_by_stems", lambda self, text, words: (text, words))
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct
