"""A slip inside a pack's term of several words (its multi-word `synonyms`) is the term: "Dopler efect" for "Doppler
effect", "greenhouse efect" (`term_slips`); a word of its own ("defect"), or a short word changed, stays wrong.
Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TEXT = "The beacon was found from the {{Doppler shift|Doppler effect}} of its signal near {{Lima}}."
NOTES = "The beacon's position came from the Doppler shift of its signal. Greenhouse gases warm the air."


def _grader() -> tuple[Grader, Card, Card]:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in TEXT.split("{{")[1:])
    cloze = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=TEXT, blanks=blanks)
    short = Card(id="w", section="s", kind="short", prompt="What warms the air of the planet?",
                 answer="the greenhouse effect")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(cloze, short),
                synonyms=(("Doppler shift", "Doppler effect"), ("greenhouse effect", "greenhouse warming")))
    return Grader.for_pack(pack), cloze, short


@pytest.mark.parametrize(("answer", "right"), [
    ("Doppler effect, Lima", True),
    ("Dopler efect, Lima", True),  # a slip in each word of the term
    ("Doppler efect, Lima", True),
    ("Dopler shift, Lima", True),
    ("Dopler defect, Lima", False),  # "defect" is a word of its own
    ("Doppler affect, Lima", False),  # another first letter
    ("Dopler, Lima", False),  # the term cut short
])
def test_a_slip_inside_a_term_of_the_packs_synonyms(answer: str, right: bool) -> None:
    grader, cloze, _ = _grader()
    assert grader.grade(cloze, answer).correct is right, grader.grade(cloze, answer).trace


@pytest.mark.parametrize(("answer", "right"), [
    ("the greenhouse efect", True),
    ("greenhose warming", True),
    ("the greenhouse defect", False),
])
def test_a_slip_inside_a_term_in_a_short_answer(answer: str, right: bool) -> None:
    grader, _, short = _grader()
    assert grader.grade(short, answer).correct is right, grader.grade(short, answer).trace
