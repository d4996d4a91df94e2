"""A name of one word after a title ("Queen Adela", "King Osric") is answered by the name alone, on a short card
and in a cloze blank, where the pack's texts write that word for no other name (`grading.titled.lone_titled`):
"Lake Adela" or "Princess Adela" beside it keeps the title. A cloze blank of a titled name of two words is answered
without the title too ("Robert Vane" for "{{Sir Robert Vane}}"), as a short card's is. Invented cards and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

ONE = "The ferry pier was opened by Queen Adela in 1887."
LAKE = ONE + " The ferry then crossed Lake Adela."
TWO_WOMEN = ONE + " Her niece Princess Adela rode on it."


def _cloze(name: str) -> Card:
    return Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer=name,
                text=f"The ferry pier was opened by {{{{{name}}}}} in 1887.", blanks=((name,),))


def _grade(card: Card, given: str, notes: str) -> bool:
    pack = Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Notes", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


PIER = short("Queen Adela", prompt="Who opened the ferry pier?")


@pytest.mark.parametrize(("card", "notes", "given", "right"), [
    (PIER, ONE, "Adela", True),
    (PIER, ONE, "Queen Adela", True),
    (PIER, ONE, "Queen Mathilde", False),
    (PIER, ONE, "Mathilde", False),
    (PIER, LAKE, "Adela", False),  # the texts also name a lake so
    (PIER, TWO_WOMEN, "Adela", False),  # and another Adela
    (_cloze("Queen Adela"), ONE, "Adela", True),
    (_cloze("Queen Adela"), ONE, "Queen Adela", True),
    (_cloze("Queen Adela"), ONE, "Mathilde", False),
    (_cloze("Queen Adela"), LAKE, "Adela", False),
    (_cloze("Sir Robert Vane"), "The pier was opened by Sir Robert Vane in 1887.", "Robert Vane", True),
    (_cloze("Sir Robert Vane"), "The pier was opened by Sir Robert Vane in 1887.", "Robert Vale", False),
])
def test_titled_name_without_its_title(card, notes, given, right):
    assert _grade(card, given, notes) is right
