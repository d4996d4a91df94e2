"""A choice answered in the learner's own sentence picks the option most of whose words it says, when the words it
shares with any other option are that option's too, or nearly all (`choice_own`): "because meltwater and river water
ran through one channel" for "the mill race carried meltwater and river water in one channel". A sentence that says
another option's own word as well, a denial of an option that is no denial, or too few of the option's words pick
none. Found on the own-words sets of packs promoted in round 45 (a combined sewer "because rain and sewage go through
the same pipes"; light that "left them more than 12 billion years ago"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

MILL = Card(id="c", section="s", kind="choice", prompt="Why did the mill at Orlen flood every spring?",
            options=("the mill race carried meltwater and river water in one channel",
                     "the channel was dug too shallow in 1820",
                     "the oak dam had rotted",
                     "the sluice keepers were dismissed in 1900"),
            answer="the mill race carried meltwater and river water in one channel")
LAMP = Card(id="c", section="s", kind="choice", prompt="Why did the harbour lamp look dim from the cliffs?",
            options=("its glow had crossed more than 40 kilometres of sea mist",
                     "the keepers could see no ships that night",
                     "the lamp burned whale oil",
                     "the cliffs stood north of the harbour"),
            answer="its glow had crossed more than 40 kilometres of sea mist")
SHALLOW = Card(id="c", section="s", kind="choice", prompt=MILL.prompt, options=MILL.options,
               answer="the channel was dug too shallow in 1820")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (MILL, "because meltwater and river water went through the same channel", True),
    (LAMP, "its glow went through over 40 km of sea mist before anyone could see it", True),
    # another option's own word said too ("shallow"): two options named, none picked
    (MILL, "the channel was too shallow to carry meltwater and river water", False),
    (SHALLOW, "the channel was too shallow to carry meltwater and river water", False),
    # a denial of an option that is none
    (MILL, "meltwater and river water did not go through the same channel", False),
    # a wrong figure stays wrong
    (LAMP, "its glow went through over 4 km of sea mist before anyone could see it", False),
    # too few of the option's own words
    (MILL, "because the water went through the same channel", False),
])
def test_an_option_restated_in_a_sentence(card, answer, right):
    assert Grader().grade(card, answer).correct is right
