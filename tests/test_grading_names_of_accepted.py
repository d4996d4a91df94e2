"""A short card's names check ("Your answer also names X"): a name the answer adds to a right wording is a name put
in place of the card's, unless another wording the card accepts says it ("the strait between Corsica and Sardinia"
accepted beside "the Strait of Bonifacio"). Invented pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = """\
The Lavezzi islands lie in the Strait of Bonifacio, between Corsica and Sardinia.
The Strait of Messina lies between Sicily and Calabria.
"""
CARD = Card(id="strait", section="s", kind="short", prompt="In which strait do the Lavezzi islands lie?",
            answer="the Strait of Bonifacio",
            accept=("Bonifacio", "the Bonifacio Strait between Corsica and Sardinia"), explanation="So it says.")
PACK = Pack(id="straits", title="Straits", language="en", cards=(CARD,),
            sections=(Section(id="s", title="Straits", notes=NOTES),),
            aliases={"Corsica": ("Corse",), "Sardinia": ("Sardegna",), "Lavezzi": ("Lavezzu",),
                     "Sicily": ("Sicilia",), "Calabria": ("Calabre",)})


@pytest.mark.parametrize(("answer", "right"), [
    ("in the Bonifacio strait between Corsica and Sardinia", True),  # the accepted wording's names
    ("the strait of Bonifacio, between Corse and Sardinia", True),
    ("the strait of bonifacio", True),
    ("the Strait of Bonifacio between Sicily and Calabria", False),  # names no accepted wording says
    ("the Strait of Messina", False),
])
def test_names_of_an_accepted_wording_are_no_names_added(answer: str, right: bool) -> None:
    verdict = Grader.for_pack(PACK).grade(CARD, answer)
    assert verdict.correct is right, verdict.trace
