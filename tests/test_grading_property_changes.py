"""A measured property said to change by its noun and a verb of rising or falling ("the speed of the ferries rose",
"the wind speed fell", "the temperature of the brine rises") is the thing becoming more or less so ("the ferries got
faster", "the brine becomes warmer"); the other direction and the noun with no change stay wrong. Invented subjects (a
ferry line, a salt works, a mill race, an anchor). A weight compared by its verb ("weighs more than") is compared as by
its adjective ("heavier than"), and a figure after "than" stays a bound."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.property_changes import property_changes

EN = Grader()


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What changed after the new engines?", answer=text,
                keypoints=(Keypoint(text, ()),), need=1)


@pytest.mark.parametrize(("said", "given", "right"), [
    ("the ferries became faster", "the speed of the ferries increased", True),
    ("the ferries became faster", "the pace of the ferries rose", True),
    ("the ferries became faster", "the speed of the ferries fell", False),
    ("the ferries became faster", "the speed of the ferries", False),
    ("the brine becomes warmer", "the temperature of the brine rises", True),
    ("the brine becomes warmer", "the temperature of the brine falls", False),
    ("the brine becomes colder", "the temperature of the brine falls", True),
    ("the mill race became deeper", "the depth of the mill race increased", True),
    ("the mill race became deeper", "the depth of the mill race decreased", False),
    ("the wind speed increased", "the wind became faster", True),
    ("the wind speed increased", "the wind became slower", False),
    # a weight compared by its verb
    ("the anchor is much heavier than the buoy", "the anchor weighs much more than the buoy", True),
    ("the anchor is heavier than the buoy", "the anchor weighs more than the buoy", True),
    ("the anchor is heavier than the buoy", "the anchor weighs less than the buoy", False),
    ("the anchor is heavier than the buoy", "the buoy weighs more than the anchor", False),
])
def test_a_property_changed_is_the_thing_becoming_so(said: str, given: str, right: bool) -> None:
    assert EN.grade(point(said), given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("the speed of the ferries rose", "ferries became more fast"),
    ("the strength of the salt works grew", "salt works became more strong"),
    ("its size decreased", "became less big"),
    ("the speed of the ferry was 20 knots", "the speed of the ferry was 20 knots"),  # no change: as written
    ("the tolls rose", "the tolls rose"),  # no property's noun
    ("the anchor weighs far more than the buoy", "the anchor is far more heavy than the buoy"),
    ("the anchor weighed less", "the anchor was less heavy"),
    ("the anchor weighs more than five tons", "the anchor weighs more than five tons"),  # a bound, as written
    ("the anchor weighs more than 5 kg", "the anchor weighs more than 5 kg"),
])
def test_the_reading(text: str, read: str) -> None:
    assert property_changes(text) == read
