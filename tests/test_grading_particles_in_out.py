"""A thing moved out said moved in is the other fact: "the sluice pumps the water into the dock" does not make "the
sluice pumps the water out", while "the sluice pumps the water out of the dock" and "it drains the water out" do;
a point whose "out" names a source ("out of the tank") is not turned round by a goal said with "into"
(`grading.particles`). Invented cards on a dry dock."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.particles import particle_flipped

from .cards import explain, point_made

DOCK = explain("the sluice pumps the water out", "the gates are closed", prompt="How is the dock dried?")
TANK = explain("the water flows out of the tank", prompt="Where does the water go?")
WALL = explain("the wall keeps the sea out", prompt="What does the wall do?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (DOCK, "the sluice pumps the water out and the gates are closed", True),
    (DOCK, "the sluice pumps the water out of the dock and the gates are closed", True),
    (DOCK, "the sluice pumps the water into the dock and the gates are closed", False),
    (DOCK, "the sluice pumps the water in and the gates are closed", False),
    (TANK, "the water flows out of the tank", True),
    (WALL, "the wall keeps the sea out", True),
])
def test_out_answered_by_in(card, answer, right):
    assert Grader().grade(card, answer).correct is right


def test_a_source_or_a_thing_kept_out_is_no_particle():
    grader = Grader()
    assert not particle_flipped(grader.prep("the water flows out of the tank"),
                                grader.prep("the water flows into the sea"))
    assert particle_flipped(grader.prep("they pump the water out"), grader.prep("they pump the water into the dock"))
    assert not particle_flipped(grader.prep("the wall keeps the sea out"),
                                grader.prep("the wall stops the sea coming in"))


@pytest.mark.parametrize(("prompt", "point", "given", "made"), [
    # the other particle of a pair after the same verb: into / out of, in / out, on / off (invented harbour works)
    ("What happened to the Harl anchor rod?", "the rod was pulled into the pile when the rope was cut",
     "the rod was pulled out of the pile when the rope was cut", False),
    ("What happened to the Harl anchor rod?", "the rod was pulled into the pile when the rope was cut",
     "when the rope was cut the rod was drawn into the pile", True),
    ("What did the Orrin keeper do at dusk?", "the keeper switched the lamp on at dusk",
     "the keeper switched the lamp off at dusk", False),
    ("What did the Orrin keeper do at dusk?", "the keeper switched the lamp on at dusk",
     "he turned the lamp on at dusk", True),
    ("Where did the Merrin divers go?", "the divers swam into the wreck", "the divers swam out of the wreck", False),
    ("What did the Kessel workers do?", "workers let water in through the sluice",
     "workers let water out through the sluice", False),
    ("What did the Kessel workers do?", "workers let water in through the sluice",
     "they let water in through the sluice", True),
])
def test_the_other_particle_of_a_pair(prompt: str, point: str, given: str, made: bool) -> None:
    assert point_made(prompt, point, given) is made
