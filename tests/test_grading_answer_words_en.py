"""General English words a learner puts for a text's, read by the grader alone (`lexicon_en_answer_words`,
`answer_groups`): an illness or a sickness for a disease. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

from .cards import accepting

HERD = accepting("a disease carried by ticks killed the herd", prompt="What killed the herd in 1887?")
KILLER = Card(id="c", section="s", kind="choice", prompt="What killed most of the herd?",
              options=("disease", "starvation", "the cold"), answer="disease")

ROWS = [
    (HERD, "an illness carried by ticks killed the herd", True),
    (HERD, "a tick-borne sickness killed the herd", True),
    (HERD, "hunger carried by ticks killed the herd", False),
    (KILLER, "illness, not hunger", True),
    (KILLER, "sickness", True),
    (KILLER, "hunger, not illness", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_an_illness_is_a_disease(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
