"""A modifier written with a hyphen ("a water-soluble salt", "a drought-resistant barley") is one modifier, no doer
and its verb (`doer_swap._doer`): the point is made by the adjective and its noun said apart ("a salt soluble in
water", "barley resistant to drought"), while the adjective's opposite stays wrong; a doer and its verb written apart
are still read ("the miners paid the guild" is not "the guild paid the miners"). Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made

SALT = ("What did Merrow add to the dye bath?", "a water-soluble salt")
BARLEY = ("What did the abbey farm sow after 1340?", "a drought-resistant barley")
DUES = ("Who paid the dues at Hollin?", "the miners paid the guild")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SALT, "a water-soluble salt", True),
    (SALT, "a salt soluble in water", True),
    (SALT, "a salt insoluble in water", False),
    (BARLEY, "barley resistant to drought", True),
    (BARLEY, "a barley that was resistant to drought", True),
    (DUES, "the miners paid the guild", True),
    (DUES, "the guild paid the miners", False),
])
def test_a_hyphened_modifier_said_apart(card: tuple[str, str], given: str, right: bool) -> None:
    assert point_made(*card, given) is right
