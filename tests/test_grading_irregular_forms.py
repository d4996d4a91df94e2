"""Irregular English verb forms are their verb in grading (`lexicon_irregular`, issue #11): a point said in the past
tense is made by the passive or perfect with the past participle, and the other way round ("the loose sand blew
away": "the loose sand was blown away", "had blown away"), for the verbs the table lacked before ("blow", "tear",
"wear", "sink", "swear", "dig", "hang", ...). Negation, another thing and another verb still fail. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_irregular import IRREGULAR_FORMS
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

SAND = one_point("the loose sand blew away", "What happened to the dunes?")
SAILS = one_point("the old sails were torn", "What did the gale do?")
BARGE = one_point("the grain barge sank in the canal", "What happened at the lock?")
STEPS = one_point("the stone steps were worn smooth", "How did the pilgrims change the chapel?")
PIT = one_point("the villagers dug a deep pit", "How did they trap the boar?")
LAMP = one_point("a brass lamp hung over the door", "What marked the inn?")

ROWS = [
    (SAND, "the loose sand was blown away", True),
    (SAND, "the loose sand had blown away", True),
    (SAND, "the loose sand was blown away by the wind", True),
    (SAND, "the loose sand was not blown away", False),
    (SAILS, "the gale tore the old sails", True),
    (SAILS, "the gale did not tear the old sails", False),
    (SAILS, "the gale tore the old flags", False),
    (BARGE, "the grain barge was sunk in the canal", True),
    (BARGE, "the grain barge had sunk in the canal", True),
    (BARGE, "the grain barge sank in the river", False),
    (STEPS, "the pilgrims wore the stone steps smooth", True),
    (STEPS, "the pilgrims did not wear the stone steps smooth", False),
    (PIT, "a deep pit was dug by the villagers", True),
    (PIT, "a deep pit was not dug", False),
    (LAMP, "a brass lamp was hung over the door", True),
    (LAMP, "a brass lamp was not hung over the door", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_past_participle_and_a_past_tense_are_one_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize("word", ["left", "found", "lay", "rose", "fell", "bit", "bound", "wound", "stuck", "lit"])
def test_forms_that_are_other_common_words_are_left_out(word):
    assert word not in IRREGULAR_FORMS
