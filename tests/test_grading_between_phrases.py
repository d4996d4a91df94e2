"""A phrase of a pack's synonyms group made with an English "inter-" word is read in the words the prefix stands
for: "interstate highway" is "highway between the states", "between the two states" or "between states", as the
group's other phrases are. Another place stays wrong, and a word that merely begins with "inter" makes nothing.
Invented packs (`synonym_phrases.between_phrases`, `Aliases`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.synonym_phrases import between_phrases
from tests.cards import short

GROUP = ("interisland ferry", "inter-island ferry")

GRADED = [
    ("the ferry between the islands", True),
    ("a ferry between the two islands", True),
    ("ferry between islands", True),
    ("interisland ferry", True),
    ("the ferry between the harbours", False),
    ("the ferry to the mainland", False),
    ("the bridge between the islands", False),
]


@pytest.mark.parametrize(("given", "right"), GRADED)
def test_an_inter_phrase_said_with_between(given, right):
    card = short("the interisland ferry", prompt="How did the mail reach the outer villages?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                synonyms=(GROUP,))
    assert Grader.for_pack(pack).grade(card, given).correct is right


CHOSEN = [
    ("from the harbour into the ferry between the two islands", True),
    ("b", False),
    ("from the ferry between the islands into the harbour", False),
]


@pytest.mark.parametrize(("given", "right"), CHOSEN)
def test_a_choice_option_said_with_between(given, right):
    card = Card(id="c", section="s", kind="choice", prompt="Where were the parcels moved?",
                answer="From the harbour into the interisland ferry",
                options=("From the harbour into the interisland ferry", "From the interisland ferry into the harbour"))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                synonyms=(GROUP,))
    assert Grader.for_pack(pack).grade(card, given).correct is right


def test_only_an_inter_word_and_its_noun_make_between_phrases():
    assert between_phrases("interstate highway") == ["highway between the states", "highway between the two states",
                                                     "highway between states"]
    assert between_phrases("intercity bus") == ["bus between the cities", "bus between the two cities",
                                                "bus between cities"]
    assert between_phrases("interest rate") == []  # "inter" and three letters: no prefix
    assert between_phrases("interstate") == []
    assert between_phrases("the interstate highway network") == []
