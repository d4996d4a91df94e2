"""English: the doer of a point's verb exchanged with another thing the point names after that verb (a recipient, a
thing in a relative clause), which `word_order` (the verb's object only) does not read.

- "councils must provide a nurse to villages that cannot afford one": made by "a council has to provide a nurse to
  villages ..." and by "villages ... must be provided a nurse by the council" (a passive's doer follows "by"); not
  by "the village must provide a nurse for the council".
- "the league can strike down rules that conflict with the charter": made by "... rules which conflict with its
  charter" and "rules ... can be struck down by the league"; not by "the charter can strike down the league's rules".
- "landlords must give receipts to tenants": not made by "receipts must be given to landlords by tenants".
- "the landlord must give a receipt to tenants who pay in cash": made by "tenants ... give the rent to the landlord,
  and the landlord must give a receipt to tenants"; and "the rocket pushes the exhaust gas backwards" by "the engine
  pushes the exhaust gas backwards; the gas pushes the rocket forwards ..." (only a clause that makes the point is
  read).
- A comparison is left to `comparing`: "the barge reaches the island later than the ferry" makes "the ferry reaches
  the island sooner than the barge".
- A verb with no object and its cause ("the beams rotted from damp"; `accept: [damp rotted the beams]`): made by the
  cause doing the verb ("damp rotted the beams", "the damp rotted the beams fast", the accept as written), not by
  the doer doing it to the cause ("the beams rotted the damp") nor by the cause undergoing it ("the damp rotted from
  the beams"); a place after "from" is no cause ("the barge carried salt from the coast").

Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")


def explain(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What does the rule say?", answer=point,
                keypoints=(Keypoint(point, ()),), need=1)


NURSE = explain("councils must provide a nurse to villages that cannot afford one")
LEAGUE = explain("the league can strike down rules that conflict with the charter")
RECEIPTS = explain("landlords must give receipts to tenants")
RECEIPT = explain("the landlord must give a receipt to tenants who pay in cash")
FASTER = explain("the ferry reaches the island sooner than the barge")
ROT = Card(id="d", section="s", kind="explain", prompt="Why did the scoop wheels fail?", answer="",
           keypoints=(Keypoint("the beams rotted from damp", ("damp rotted the beams",)),), need=1)
PAINT = explain("the paint peeled quickly because of the salt spray")
SALT = explain("the barge carried salt from the coast")
ROCKET = Card(id="r", section="s", kind="explain", prompt="How does a rocket move?", answer="",
              keypoints=(Keypoint("the rocket pushes the exhaust gas backwards", ()),
                         Keypoint("the gas pushes the rocket forwards with an equal force", ())), need=2)


@pytest.mark.parametrize(("card", "answer", "right"), [
    (NURSE, "a council has to provide a nurse to villages that cannot afford one", True),
    (NURSE, "villages that cannot afford one must be provided a nurse by the council", True),
    (NURSE, "the village must provide a nurse for the council", False),
    (LEAGUE, "the league can strike down rules which conflict with its charter", True),
    (LEAGUE, "rules that conflict with the charter can be struck down by the league", True),
    (LEAGUE, "the charter can strike down the league's rules", False),
    (RECEIPTS, "receipts must be given to landlords by tenants", False),
    (RECEIPT, "tenants who pay in cash must be given a receipt by the landlord", True),
    (RECEIPT, "tenants who pay in cash give the rent to the landlord, and the landlord must give a receipt to tenants",
     True),  # the clause that makes the point keeps the doer
    (ROCKET, "the engine pushes the exhaust gas backwards; the gas pushes the rocket forwards with an equal force",
     True),  # the second clause makes the second point, not the first
    (FASTER, "the barge reaches the island later than the ferry", True),  # a comparison: `comparing` reads it
    (FASTER, "the barge reaches the island sooner than the ferry", False),
    (ROT, "damp rotted the beams", True),  # the card's own accept, as written
    (ROT, "the damp rotted the beams fast", True),
    (ROT, "the beams rotted from the damp", True),
    (ROT, "the beams rotted the damp", False),  # the doer does it to the cause: turned round
    (ROT, "the damp rotted from the beams", False),
    (PAINT, "the salt spray peeled the paint", True),
    (PAINT, "the paint peeled the salt spray", False),
    (SALT, "the coast carried salt from the barge", False),  # a place it comes from, no cause
])
def test_doer_exchanged(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right, EN.grade(card, answer).trace
