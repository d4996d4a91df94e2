"""An English adjective of what can be done to a thing, made on another stem than its verb's, is that verb's word
(`meaning._ABLE`): "a salt that dissolves in water" makes "a water-soluble salt", "burnable material" and "material
that burns easily" make "flammable material", "the ribs can be seen" makes "the ribs are visible"; the verb denied
and the opposite adjective stay wrong. Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made

SALT = ("What did Merrow add to the dye bath?", "a water-soluble salt")
HUT = ("Why did the Tarn hut burn down so fast?", "it was full of flammable straw")
RIBS = ("Why did the old boat look like a skeleton?", "its ribs were visible")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SALT, "a salt that dissolves in water", True),
    (SALT, "a salt that does not dissolve in water", False),
    (HUT, "it was full of burnable straw", True),
    (HUT, "it was full of straw that burns easily", True),
    (HUT, "it was full of fireproof straw", False),
    (RIBS, "you could see its ribs", True),
    (RIBS, "its ribs could be seen", True),
    (RIBS, "its ribs were invisible", False),
])
def test_an_able_word_said_by_its_verb(card: tuple[str, str], given: str, right: bool) -> None:
    assert point_made(*card, given) is right
