"""English phrasings of one verb (`en_one_verb`, issue #11): "no longer had the ferry" and "did not have the ferry
any more" say "lost the ferry"; "was against the tax" says "opposed the tax". Never having a thing, a duty ("no
longer had to pay"), "against the law" and the like stay as said. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.en_one_verb import said_as_one_verb
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

FERRY = one_point("the islanders lost their only ferry", "Why were the islanders cut off?")
TAX = one_point("the guilds opposed the salt tax", "Why was the salt tax dropped?")
DUTY = one_point("the millers lost their tolls", "Why did the millers protest?")

ROWS = [
    (FERRY, "the islanders no longer had their only ferry", True),
    (FERRY, "they did not have their only ferry any more", True),
    (FERRY, "the islanders didn't have their only ferry anymore", True),
    (FERRY, "the islanders never had a ferry", False),
    (FERRY, "the islanders still had their only ferry", False),
    (TAX, "the guilds were against the salt tax", True),
    (TAX, "the guilds were strongly against the salt tax", True),
    (TAX, "the guilds were for the salt tax", False),
    (DUTY, "the millers no longer had to pay tolls", False),  # a duty, no thing lost
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_one_verb_said_in_several_words(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(preparing, "said_as_one_verb", lambda text: text)
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


@pytest.mark.parametrize(("text", "read"), [
    ("they no longer had the boat", "they lost the boat"),
    ("she no longer has the boat", "she has lost the boat"),
    ("they no longer had to row", "they no longer had to row"),
    ("they did not have the boat any longer", "they lost the boat"),
    ("they did not have to row any more", "they did not have to row any more"),
    ("the mayor was against the plan", "the mayor opposed the plan"),
    ("the mayor is against new taxes", "the mayor opposes new taxes"),
    ("the duel was against the law", "the duel was against the law"),
    ("the ladder was against the wall", "the ladder was against the wall"),
])
def test_the_reading(text, read):
    assert said_as_one_verb(text) == read
