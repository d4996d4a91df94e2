"""An influence said as having an effect, and "most" said as a majority (`lexicon_phrasal.HAVING_EFFECT`): "had an
effect on the harvest" is "affected the harvest", "has a big impact on" "greatly affected", "had no effect on" "did
not affect"; "the majority of sailors" is "most sailors". Another object, a denied effect for an effect and a
minority for a majority stay wrong. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain


@pytest.mark.parametrize(("point", "answer", "right"), [
    ("the drought affected the harvest", "the drought had an effect on the harvest", True),
    ("the drought affected the harvest", "the drought had an impact on the harvest", True),
    ("the drought affected the harvest", "the drought has a big impact on the harvest", True),
    ("the drought greatly affected the harvest", "the drought had a huge effect on the harvest", True),
    ("the drought did not affect the harvest", "the drought had no effect on the harvest", True),
    ("the war had a large effect on trade", "the war affected trade", True),
    ("most sailors could not swim", "the majority of sailors could not swim", True),
    ("the drought affected the harvest", "the drought had no effect on the harvest", False),
    ("the drought affected the harvest", "the drought had an effect on the prices", False),
    ("most sailors could not swim", "a minority of sailors could not swim", False),
])
def test_an_effect_had_and_a_majority(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
