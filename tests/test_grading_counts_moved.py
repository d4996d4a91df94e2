"""Each figure of a point counts its own noun: "five Swedes and a Norwegian" does not make "five Norwegians and a
Swede", nor "пять шведов и один норвежец" the accepted "пять норвежцев и швед" (`counted.counts_moved`), while the
same counts in another order, or with a word between the figure and its noun ("two large fires"), still do.
Invented crews and cargoes."""

from __future__ import annotations

import pytest

from tests.cards import point_made

ROWS = [
    ("en", "five Norwegians and a Swede", "five Swedes and a Norwegian", (), False),
    ("en", "five Norwegians and a Swede", "five Swedes and one Norwegian", (), False),
    ("en", "five Norwegians and a Swede", "a Swede and five Norwegians", (), True),
    ("en", "the cart carried three barrels and a crate", "the cart carried three crates and a barrel", (), False),
    ("en", "two fires burned in the hall and a stove", "two large fires and a stove burned in the hall", (), True),
    ("en", "four forts in Lorvia held for 15 years", "four Lorvian forts for fifteen years", (), True),
    ("ru", "пять норвежцев и один швед", "пять шведов и один норвежец", (), False),
    ("ru", "пять норвежцев и один швед", "пять шведов и один норвежец", ("пять норвежцев и швед",), False),
    ("ru", "пять норвежцев и один швед", "один швед и пять норвежцев", (), True),
    ("ru", "на телеге везли три бочки и один ящик", "на телеге везли три ящика и одну бочку", (), False),
    ("ru", "на телеге везли три бочки и один ящик", "везли одну бочку и три ящика", (), False),
    ("ru", "20 % платили крестьяне, 80 % платила казна", "20% крестьяне платили сами, а 80% казна", (), True),
]


@pytest.mark.parametrize(("language", "point", "given", "accept", "right"), ROWS)
def test_each_figure_counts_its_own_noun(language, point, given, accept, right):
    assert point_made("Who went?", point, given, language, accept) is right
