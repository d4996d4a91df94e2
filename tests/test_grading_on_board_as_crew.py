"""Being on board said as being one of the crew (round 43, found writing packs blind): "a surgeon was on the crew",
"one of the crew", "among the crew", "aboard" make the point "a surgeon was on board"; a surgeon left ashore, or
nobody of the crew, does not. Invented cards on a lifeboat."""

from __future__ import annotations

import pytest

from tests.cards import point_made


@pytest.mark.parametrize(("given", "right"), [
    ("a surgeon was on the crew", True),
    ("a surgeon was one of the crew", True),
    ("because a surgeon was among the crew", True),
    ("a surgeon was aboard", True),
    ("a surgeon was a member of the crew", True),
    ("a surgeon was on board", True),
    ("a surgeon was not on the crew", False),
    ("a surgeon stayed ashore", False),
    ("a cook was one of the crew", False),
])
def test_on_board_as_one_of_the_crew(given, right):
    assert point_made("Why could the injured be treated at sea?", "a surgeon was on board", given) is right
