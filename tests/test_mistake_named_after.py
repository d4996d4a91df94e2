"""A known mistake that is a name does not fail a right answer where the answer says it only as the first words of
a longer name of the pack, an alias or a run of capitalised words of the notes: "Corwin Hale at Marrow Observatory"
names the observatory, not the wrong person Marrow. The name alone, or the person's full name ("Osric Marrow"), still
fails. Invented comet."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

NOTES = ("Corwin Hale found the comet Vesk in 1931 while working at the Marrow Observatory. Osric Marrow had founded "
         "the observatory and searched for the comet for years.")
COMET = Card(id="c", section="s", kind="short", prompt="Who discovered the comet Vesk?", answer="Corwin Hale",
             mistakes=(Mistake(("Marrow", "Osric Marrow"), "Marrow founded the observatory; Hale found the comet."),))


@pytest.mark.parametrize("aliases", [{}, {"Marrow Observatory": ("the Marrow",)}])
@pytest.mark.parametrize(("given", "right"), [
    ("it was Corwin Hale at Marrow Observatory", True),
    ("Hale at the Marrow Observatory", True),
    ("Hale, who worked at the Marrow Observatory", True),
    ("Corwin Hale", True),
    ("Osric Marrow", False),
    ("Marrow", False),
    ("Marrow, at the Marrow Observatory", False),
])
def test_a_mistake_inside_a_longer_name(aliases: dict[str, tuple[str, ...]], given: str, right: bool) -> None:
    grader = Grader.for_pack(Pack(id="p", title="p", language="en", sections=(Section("s", "S", NOTES),),
                                  cards=(COMET,), aliases=aliases))
    verdict = grader.grade(COMET, given)
    assert verdict.correct is right, verdict.trace
