""""Unless" is "if not" (`core/unless.py`): "the salvor is rewarded unless the ship is saved" says the opposite of
"the salvor is rewarded only if the ship is saved", while a denial before it ("gets no reward unless", "is not paid
unless") or in the clause after a leading "unless ..." ("unless the ship is saved, he gets nothing") makes "only if".
"Unless Y" is also "if Y does not happen" said otherwise. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

ONLY_IF = "a salvor is rewarded only if the ship is saved"
DIES = "the colony dies unless the bees raise a new queen"


@pytest.mark.parametrize(("point", "answer", "right"), [
    (ONLY_IF, "the salvor gets no reward unless the ship is saved", True),
    (ONLY_IF, "the salvor is not rewarded unless the ship is saved", True),
    (ONLY_IF, "the salvor isn't paid unless the ship is saved", True),
    (ONLY_IF, "no reward unless the ship is rescued", True),
    (ONLY_IF, "unless the ship is saved, the salvor gets nothing", True),
    (ONLY_IF, "unless the ship is saved the salvor is not rewarded", True),
    (ONLY_IF, "the salvor is rewarded unless the ship is saved", False),  # the reward when the ship is lost
    (ONLY_IF, "unless the ship is saved, the salvor is rewarded", False),
    (DIES, "the colony dies if the bees do not raise a new queen", True),
    (DIES, "the colony dies if the bees raise a new queen", False),
    ("the colony dies if the bees do not raise a new queen", DIES, True),
    ("the colony survives only if the bees raise a new queen",
     "the colony does not survive unless the bees raise a new queen", True),
    ("the colony survives only if the bees raise a new queen",
     "the colony survives unless the bees raise a new queen", False),
])
def test_unless_is_if_not(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
