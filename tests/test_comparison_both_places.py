"""A comparison said of the point's own place too is no comparison turned round: "the pressure inside and outside
was lower" says both were lower, not that the outside was lower than the inside, so it does not make "the pressure
inside was higher than outside"; nor does "lower inside than outside". Said from the other place alone ("the
pressure outside was lower than inside", "below the dome the air is warmer") it still makes the point. Invented
bathyscaphe and dome."""

from __future__ import annotations

import pytest

from tests.cards import point_made

HULL = ("Why did the hull of the Merrin bathyscaphe hold?", "the pressure inside was higher than outside")
CABIN = ("Why did the Merrin cabin not collapse?", "pressure inside the cabin was higher")
DOME = ("Why does the Harl dome sweat?", "above the dome the air is colder")


@pytest.mark.parametrize(("card", "given", "made"), [
    (HULL, "pressure inside and outside was much lower", False),
    (HULL, "pressure inside and outside was lower", False),
    (HULL, "pressure was much lower inside than outside", False),
    (HULL, "the pressure inside was much lower", False),
    (HULL, "the pressure outside was lower than inside", True),
    (HULL, "the pressure inside was high and outside it was lower", True),
    (HULL, "the pressure inside was higher than outside", True),
    (CABIN, "pressure inside and outside was much lower", False),
    (CABIN, "pressure inside the cabin was higher", True),
    (DOME, "above and below the dome the air is warmer", False),
    (DOME, "below the dome the air is warmer", True),
    (DOME, "the air is warmer below the dome than above it", True),
])
def test_a_comparison_of_both_places(card: tuple[str, str], given: str, made: bool) -> None:
    assert point_made(*card, given) is made


@pytest.mark.parametrize(("given", "made"), [
    ("и над куполом, и под ним воздух теплее", False),
    ("под куполом воздух теплее", True),
])
def test_in_russian(given: str, made: bool) -> None:
    assert point_made("Почему купол Харла потеет?", "над куполом воздух холоднее", given, "ru") is made
