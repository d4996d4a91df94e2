"""Two English readings of a verb (invented cards):
- "have X in it" is "contain X" (`en_one_verb`): "all salts had oxygen in them" makes "all salts contain oxygen",
  not a stance or a share had in a thing ("had faith in them"), and "had no oxygen in them" stays its denial;
- a complement denied after a modal is the verb denied (`phrases._complement`): "they could not open the gate"
  makes "the gate could not be opened" (it was read "they could closed the gate"), while "the shop was not open" is
  still "closed"."""

from __future__ import annotations

import pytest

from tests.cards import point_made

SALTS = ("What did Dr Orrel claim about the grey salts?", "all grey salts contain oxygen")
GATE = ("Why were the drovers trapped?", "the gate could not be opened")
SHOP = ("Why did the drovers go hungry?", "the store was closed")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SALTS, "all grey salts contain oxygen", True),
    (SALTS, "he said all grey salts had oxygen in them", True),
    (SALTS, "every grey salt has oxygen in it", True),
    (SALTS, "all grey salts had no oxygen in them", False),
    (SALTS, "no grey salt has oxygen in it", False),
    (GATE, "they could not open the gate", True),
    (GATE, "the drovers could not open the heavy gate", True),
    (GATE, "they could open the gate", False),
    (GATE, "they opened the gate", False),
    (SHOP, "the store was not open", True),
    (SHOP, "the store was open", False),
])
def test_verbs_said_otherwise(card: tuple[str, str], given: str, right: bool) -> None:
    assert point_made(*card, given) is right
