"""A rate as docs/writing-packs.md says to write it: the measure's unit in `number`, the period in the card's answer
(a blind author found no "per day" unit). The same figure per the same period in any notation is right, per another
period wrong; a magnitude is a bare number. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()
BULGE = Card(id="n", section="s", kind="numeric", prompt="How fast did the bulge grow in April?",
             answer="about 1.5 metres a day", number=NumberSpec(value=1.5, unit="m", tolerance=0.25))
QUAKE = Card(id="m", section="s", kind="numeric", prompt="What was the magnitude of the earthquake?", answer="5.1",
             number=NumberSpec(value=5.1))


@pytest.mark.parametrize(("card", "answer", "right"), [
    (BULGE, "1.5 m per day", True), (BULGE, "1.5 m/day", True), (BULGE, "150 cm a day", True), (BULGE, "1.5", True),
    (BULGE, "1.5 m a week", False), (BULGE, "1.5 m an hour", False), (BULGE, "15 m a day", False),
    (QUAKE, "magnitude 5.1", True), (QUAKE, "5.1 on the Richter scale", True), (QUAKE, "Mw 5.1", True),
    (QUAKE, "M5.1", True), (QUAKE, "Mw6.8", False), (QUAKE, "a M5.1 quake", True), (QUAKE, "M6.1", False),
    (QUAKE, "6.1", False),
])
def test_a_rate_and_a_magnitude(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right
