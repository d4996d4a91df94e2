""""What was the water temperature on X?", "what's the average depth?": a measure's noun after "what is the" and one
word saying which asks for a figure of that measure, as "what temperature" and "the temperature of" do; a passage
giving a figure of another kind only (a share killed, a count) does not answer it, and the tutor declines. An age only
of a limit or an average ("what was the Bronze Age?" asks what a period was). Invented notes on a sea and its reefs."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise

from .notes import says, tutor_on

SEA = ("In the summer of 1998 the water off Kell Point warmed to 31 °C, and many sponges died.\n\n"
       "The heat of 2004 killed about 40% of the sponges on the southern shoals of Vell.\n\n"
       "The lagoon of Orm is about 12 metres deep, and the reef around it is 3 km wide.\n\n"
       "A diver of the Vell club must be at least 16 years old.\n\n"
       "The Copper Age of the coast began when traders from Orm brought the first axes.")
TUTOR = tutor_on(SEA, "The sea of Vell")

ROWS = [
    ("What was the water temperature on the southern shoals of Vell in 2004?", None),  # a share killed
    ("What was the sea temperature in Vell during the 2004 heat?", None),
    ("What was the water temperature off Kell Point in 1998?", "31 °C"),
    ("what's the average depth of the lagoon of Orm?", "12 metres"),
    ("What was the Copper Age of the coast?", "traders from Orm"),  # a period, no figure
]


@pytest.mark.parametrize(("question", "fact"), ROWS, ids=[q for q, _ in ROWS])
def test_measure_noun_asked(question, fact):
    assert TUTOR.ask(question).kind == "decline" if fact is None else says(TUTOR, question, fact)


@pytest.mark.parametrize(("question", "numeric"), [
    ("What was the water temperature on the shoals?", True),
    ("what's the average depth of the lagoon?", True),
    ("What is the top speed of the boat?", True),
    ("what is the minimum age for a diver", True),
    ("What was the Copper Age?", False),
    ("What was the water like on the shoals?", False),
])
def test_figure_asked_by_a_measure_noun(question, numeric):
    asked = TUTOR.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.numeric is numeric
