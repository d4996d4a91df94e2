"""Verbs of a steep or steady change are words of direction (`lexicon.UP`, `lexicon.DOWN`): "prices dwindled",
"diminished", "tumbled", "plummeted", "the guild slashed prices" say they fell; "skyrocketed", "escalated", "the guild
hiked prices" that they rose. The other direction and a denial stay wrong. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

FELL, ROSE = "the price of salt fell", "the price of salt rose"


@pytest.mark.parametrize(("point", "answer", "right"), [
    (FELL, "the price of salt dwindled", True),
    (FELL, "the price of salt diminished", True),
    (FELL, "the price of salt tumbled", True),
    (FELL, "the price of salt plummeted", True),
    (FELL, "the merchants slashed the price of salt", True),
    (ROSE, "the price of salt skyrocketed", True),
    (ROSE, "the price of salt escalated", True),
    (ROSE, "the merchants hiked the price of salt", True),
    (ROSE, "the price of salt plummeted", False),
    (FELL, "the price of salt skyrocketed", False),
    (FELL, "the merchants hiked the price of salt", False),
    (FELL, "the price of salt never tumbled", False),
])
def test_verbs_of_a_steep_change(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
