"""A place named after a person ("Fort Hadley", "Mount Kestrel", "Lake Orme", "Cape Dunmore") gives the surname no
other person: the surname alone still names the person the card asks for (issue #11: a blind author's pack, where a
fort and a city bore the explorer's name). A person of the same surname with another given name still makes it
ambiguous. A pack of our own (a coast survey), its people named only in its notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = (
    "In 1792 the naval captain George Hadley sailed up the coast and named the river after a friend. Fort Hadley was "
    "built at its mouth in 1825. The surveyor Anne Kestrel climbed the highest peak, now Mount Kestrel. The botanist "
    "Peter Orme collected ferns by Lake Orme. The trader Silas Dunmore and his cousin Ruth Dunmore sold furs; Cape "
    "Dunmore is named after him."
)


def card(answer: str) -> Card:
    return Card(id=answer, section="s", kind="short", prompt="Who was it?", answer=answer)


CARDS = tuple(card(name) for name in ("George Hadley", "Anne Kestrel", "Peter Orme", "Silas Dunmore"))
EN = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=CARDS,
                          language="en"))


@pytest.mark.parametrize(("answer", "said", "right"), [
    ("George Hadley", "Hadley", True),  # "Fort Hadley" is a place, no other Hadley
    ("George Hadley", "captain Hadley", True),
    ("Anne Kestrel", "Kestrel", True),  # "Mount Kestrel"
    ("Peter Orme", "Orme", True),  # "Lake Orme"
    ("Peter Orme", "Hadley", False),
    ("Silas Dunmore", "Dunmore", False),  # Ruth Dunmore too: which Dunmore?
    ("Silas Dunmore", "Silas Dunmore", True),
])
def test_a_surname_a_place_bears_still_names_its_person(answer: str, said: str, right: bool) -> None:
    assert EN.grade(next(c for c in CARDS if c.answer == answer), said).correct is right
