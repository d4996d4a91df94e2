""""What are the side effects of X?", "how deep is the lagoon of X?", "what is the threshold for X?" ask of one
property of one thing: a passage that leaves the thing unsaid (side effects in general, the threshold for another
thing) or the property (the atoll drilled, not its lagoon) does not answer, and the tutor declines or takes a passage
that says both (`owners`). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.owners import owner_unsaid

from .notes import says, tutor_on

NOTES = ("Taking painkillers for a cold brings no benefit, but it does bring side effects such as headaches.\n\n"
         "The drug velmorin is given through a drip for serious chest infections. Velmorin was first made in 1958. "
         "Velmorin is cheap.\n\n"
         "In 1952 geologists drilled into Orm atoll and reached rock beneath 1,200 metres of limestone.\n\n"
         "The lagoon of Tarn atoll is about 60 metres deep.\n\n"
         "The warning threshold for floods in the valley is a river level of 4 metres. Droughts come to the valley "
         "every ten years. Droughts dry the wells.\n\n"
         "The wax of the Vell bees melts at about 40 °C.")
TUTOR = tutor_on(NOTES, "Notes")

ROWS = [
    ("What are the side effects of velmorin?", None),  # side effects in general
    ("How deep is the lagoon of Orm atoll?", None),  # the atoll drilled, no lagoon
    ("How deep is the lagoon of Tarn atoll?", "60 metres"),
    ("What are the side effects of painkillers?", "headaches"),
    ("What is the warning threshold for floods?", "4 metres"),
    ("What is the melting point of the Vell wax?", "40 °C"),  # a figure of the measure asked says the property
]


@pytest.mark.parametrize(("question", "fact"), ROWS, ids=[q for q, _ in ROWS])
def test_property_of_a_thing(question, fact):
    assert TUTOR.ask(question).kind == "decline" if fact is None else says(TUTOR, question, fact)


@pytest.mark.parametrize(("question", "passage", "unsaid"), [
    ("What are the side effects of velmorin?", "Taking painkillers for a cold brings", True),
    ("How deep is the lagoon of Orm atoll?", "In 1952 geologists drilled", True),
    ("How deep is the lagoon of Tarn atoll?", "The lagoon of Tarn atoll", False),
    ("What is the warning threshold for droughts in the valley?", "The warning threshold for floods", True),
    ("Is the lagoon of Orm atoll deep?", "In 1952 geologists drilled", False),  # yes / no: as before
    ("Why did geologists drill into Orm atoll?", "In 1952 geologists drilled", False),  # no "the X of Y"
])
def test_owner_unsaid_table(question, passage, unsaid):
    asked = TUTOR.analyser.question(question, normalise(question))
    doc = next(d for d in TUTOR.docs if d.text.startswith(passage))
    assert asked is not None and owner_unsaid(asked, doc, TUTOR.library) is unsaid
