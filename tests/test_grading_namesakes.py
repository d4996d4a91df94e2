"""Two people who share a surname are told apart by their given names: a point that is a person's full name is not
made by another given name before the surname the pack's names give back whole ("Jan Ravensburg" is no "Pieter
Ravensburg", a brother or a namesake), while the surname alone, the name in full, a short form ("Piet") or a slip of
it ("Peiter") still make it (`given_slips.other_given_before`). Invented people of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = "The prize went to Otto Kessler and Pieter Ravensburg, founders of the field. Ravensburg studied gulls."
PRIZE = Card(id="l", section="s", kind="list", prompt="Who shared the prize?",
             answer="Otto Kessler and Pieter Ravensburg",
             keypoints=(Keypoint("Otto Kessler", ()), Keypoint("Pieter Ravensburg", ())))
GULLS = Card(id="w", section="s", kind="short", prompt="Who studied gulls?", answer="Pieter Ravensburg")


@pytest.mark.parametrize("aliases", [{}, {"Pieter Ravensburg": ("Ravensburg", "Piet Ravensburg")}])
@pytest.mark.parametrize(("card", "answer", "right"), [
    (PRIZE, "Otto Kessler and Pieter Ravensburg", True),
    (PRIZE, "Ravensburg and Kessler", True),
    (PRIZE, "Kessler, Ravensburg", True),
    (PRIZE, "Piet Ravensburg and Otto Kessler", True),  # a short form of his given name
    (PRIZE, "Otto Kessler and Peiter Ravensburg", True),  # a slip of it
    (PRIZE, "Jan Ravensburg and Otto Kessler", False),  # another man of that surname
    (PRIZE, "Otto Kessler and Hans Ravensburg", False),
    (GULLS, "Pieter Ravensburg", True),
    (GULLS, "Jan Ravensburg", False),
])
def test_a_namesake_is_another_person(aliases: dict[str, tuple[str, ...]], card: Card, answer: str,
                                      right: bool) -> None:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(PRIZE, GULLS),
                aliases=aliases)
    grader = Grader.for_pack(pack)
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace


def test_a_place_named_after_a_person_is_no_namesake() -> None:
    """"Kessler's Provincia" names the United Provinces, whose words are no person's name."""
    card = Card(id="p", section="s", kind="list", prompt="Which two powers signed?",
                answer="the United Provinces and the Northern Crown",
                keypoints=(Keypoint("the United Provinces", ()), Keypoint("the Northern Crown", ())))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(card,),
                aliases={"United Provinces": ("Provincia",)})
    grader = Grader.for_pack(pack)
    assert grader.grade(card, "Kessler's Provincia and the Northern Crown").correct
