"""A list that names as many things no keypoint makes as things it gets right, two or more of them, is a dump of
claims and earns no full marks ("Name two ...": "A, B, C and D" with C and D wrong): the two right ones are
covered, but the answer is only partly right. One wrong thing beside two right ones, or the right ones alone, keep
full marks; a place's region written after it ("Kessel Sound, Norland") is no claim of its own. Invented subjects
(`grading.claim_places` DUMP_CLAIMS)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

POINTS = ("Marta Olsen", "Piet Varga")
PROMPT = "Name the two officials who kept order in the port after the storm."

ROWS = [
    ("Marta Olsen and Piet Varga", True),
    ("Marta Olsen, Piet Varga", True),
    ("Marta Olsen, Piet Varga and Hugo Brandt", True),
    ("Marta Olsen, Piet Varga, Hugo Brandt and Ida Lund", False),
    ("Marta Olsen, Piet Varga, Hugo Brandt, Ida Lund, Sorel", False),
    ("Marta Olsen, Hugo Brandt and Ida Lund", False),
    ("Marta Olsen", False),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_as_many_wrong_names_as_right_ones(answer, right):
    card = Card(id="l", section="s", kind="list", prompt=PROMPT, answer="Marta Olsen and Piet Varga",
                keypoints=tuple(Keypoint(p, ()) for p in POINTS), need=2)
    notes = "Marta Olsen and Piet Varga kept order. Hugo Brandt and Ida Lund surveyed the harbour."
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right


PLACES = [
    ("the Kessel Sound and the Lorn Firth", True),
    ("Kessel Sound, Lorn Firth, Ardel Bay", True),
    ("Kessel Sound, Lorn Firth, the Amber Lake, the Dune Marsh", False),
    # a place given with its region: the region is no claim of its own
    ("Kessel Sound, Norland, and Lorn Firth, Westmark", True),
    ("the Kessel Sound in Norland and the Lorn Firth, Westmark", True),
    ("Kessel Sound, Norland, and the Amber Lake, Westmark", False),
]


@pytest.mark.parametrize(("answer", "right"), PLACES)
def test_as_many_wrong_places_as_right_ones(answer, right):
    card = Card(id="l", section="s", kind="list", prompt="Name two inlets with very high tides.",
                answer="Kessel Sound; Lorn Firth", keypoints=(Keypoint("Kessel Sound", ()), Keypoint("Lorn Firth", ()),
                                                               Keypoint("Ardel Bay", ())), need=2)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Kessel Sound has high tides."),),
                cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
