"""The surname alone answers a card whose answer is a titled name ("Peel" for "Sir Robert Peel", "Russell" for "Lord
John Russell"), as it does an untitled one: the title no longer hid the card's answer from the people the grader
reads (found by a blind author, who had to add the surnames as aliases). Another person's name stays wrong.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def grader_and_card(notes: str, answer: str) -> tuple[Grader, Card]:
    card = Card(id="a", section="s", kind="short", prompt="Who became head of the council in 1846?", answer=answer)
    pack = Pack(id="x", title="x", sections=(Section(id="s", title="Council", notes=notes),), cards=(card,),
                language="en")
    return Grader.for_pack(pack), card


NOTES = "Sir Edwin Harlow became head of the council in 1846. Lord Thomas Vane opposed him. Ada Crane wrote the report."


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Sir Edwin Harlow", "Harlow", True),
    ("Sir Edwin Harlow", "Edwin Harlow", True),
    ("Sir Edwin Harlow", "Vane", False),
    ("Lord Thomas Vane", "Vane", True),
    ("Lord Thomas Vane", "Crane", False),
])
def test_a_titled_name_by_its_surname(answer: str, given: str, right: bool) -> None:
    grader, card = grader_and_card(NOTES, answer)
    assert grader.grade(card, given).correct is right
