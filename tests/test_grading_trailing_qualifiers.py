"""A rank or region word after a right answer said in full does not qualify it: "the Harbour Master under King
Osric", "Tarvo, in the north-east of Lendria", "Harwick, in the north" or "Harwick, north of Lendria" add a
circumstance, while "the Deputy Harbour Master", "north Tarvo" or "Tarvo in north Lendria" (for "Tarvo in Lendria")
still add a qualifier; "Harwick in northern Lendria" (for "Harwick") qualifies the name after the preposition. A
capitalised region word before the answer that opens another name is part of it ("the merchant from North Lendria,
Edrin Vale"), and so is one among the answer's words ("a salt trader from North Lendria, Edrin Vale" for "Edrin Vale,
a salt trader"); "the East Lendrian Salt Guild" still qualifies the answer's own name.
Invented subjects (`grading.qualifiers`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

POST = short("Harbour Master", "the Harbour Master of Tarvo", prompt="What post did Edrin hold in 1420?")
PORT = short("Tarvo", "the port of Tarvo", "Tarvo in Lendria", prompt="Where did the fleet land in 1420?")
TOWN = short("Harwick", prompt="Which town led the salt league?")  # no other place in its wordings
BANKER = short("Edrin Vale", prompt="Who lent the league its first ships?")
GUILD = short("the Lendrian Salt Guild", prompt="Who ran the salt trade?")
TRADER = short("Edrin Vale, a salt trader", "Edrin Vale", "a salt trader",
               prompt="Who lent the league its first ships?")

ROWS = [
    (POST, "he was harbour master under King Osric", True),
    (POST, "harbour master, under Osric", True),
    (POST, "he was the deputy harbour master", False),
    (POST, "under harbour master", False),
    (POST, "harbour master under", False),
    (POST, "harbour master under the deputy", False),
    (POST, "the senior harbour master", False),
    (PORT, "Tarvo, in the north-east of Lendria", True),
    (PORT, "Tarvo, in the south of Lendria", True),
    (PORT, "north Tarvo", False),
    (PORT, "Tarvo in north Lendria", False),
    (PORT, "Tarvo, in the north-east", True),  # a phrase of place that ends the answer: where it lies (#11)
    # where it lies from another place, which no right wording names: a circumstance too
    (TOWN, "Harwick, north of Lendria", True),
    (TOWN, "at Harwick, north-east of Lendria", True),
    (TOWN, "Harwick, north of", False),
    (TOWN, "north Harwick, north of Lendria", False),
    (PORT, "Tarvo, north of Lendria", False),
    # a region word before a name after a preposition qualifies that name, unless the card's wordings name it
    (TOWN, "Harwick in northern Lendria", True),
    (TOWN, "Harwick, in south-western Lendria", True),
    (TOWN, "northern Harwick", False),
    (TOWN, "Harwick in northern", False),
    # a phrase of place that ends the answer's clause says where the answer lies, not another answer
    (TOWN, "Harwick, in the north", True),
    (TOWN, "Harwick in the south", True),
    (TOWN, "Harwick, in the far west", True),
    (TOWN, "Harwick, in the north, by the sea", True),
    (TOWN, "Harwick in the north", True),
    (TOWN, "the north Harwick", False),
    (TOWN, "in the north", False),
    # a capitalised region word before the answer that opens another place's name is part of that name
    (BANKER, "the merchant from North Lendria, Edrin Vale", True),
    (BANKER, "the merchant from South Carrow, Edrin Vale", True),
    (BANKER, "the North Lendria merchant Edrin Vale", True),
    (GUILD, "the East Lendrian Salt Guild", False),  # a region word that opens the answer's own name
    # ... and among the answer's words, said in another order than a wording's (#11)
    (TRADER, "a salt trader from North Lendria, Edrin Vale", True),
    (TRADER, "a salt trader from South Carrow, Edrin Vale", True),
    (TRADER, "a salt trader from north Edrin Vale", False),  # the answer's own name qualified
    (TRADER, "a salt trader, North Edrin Vale", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_qualifier_after_the_answer_qualifies_something_else(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
