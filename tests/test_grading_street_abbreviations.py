"""A street, a road or an avenue of a name written short ("Broad St", "Mill Rd.", "Elm Ave"), as "Saint" is
"St": the same name. "St" stays "Saint" too, and another street's name or the short word alone stays wrong.
Notes and cards are invented."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("The first pump stood in Tanner Street and the second in Mill Road. The guild met on Elm Avenue, near "
         "the church of Saint Oswin.")


def short(answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt="Where was it?", answer=answer)


CARDS = (short("the pump in Tanner Street"), short("Mill Road"), short("Elm Avenue"), short("Saint Oswin's church"))
GRADER = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=CARDS))


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("the pump in Tanner Street", "the pump on Tanner St", True),
    ("the pump in Tanner Street", "the tanner st. pump", True),
    ("the pump in Tanner Street", "the pump in Mill St", False),
    ("the pump in Tanner Street", "the pump in Tanner Rd", False),
    ("Mill Road", "Mill Rd", True),
    ("Mill Road", "Mill Rd.", True),
    ("Mill Road", "Mill St", False),
    ("Elm Avenue", "Elm Ave", True),
    ("Elm Avenue", "Ave", False),
    ("Saint Oswin's church", "St Oswin's church", True),
    ("Saint Oswin's church", "St. Oswin's church", True),
])
def test_street_abbreviations(answer, given, right):
    assert GRADER.grade(short(answer), given).correct is right
