"""A place name whose first word is abbreviated as English writes it ("N. Dakota", "S Carolina", "Mt. Hood", "Ft.
Worth", "St. Lucia"): read with the word the card itself writes before the same next word
(`grading.abbreviated_names`); another point of the compass, or a letter before a word the card writes bare, stays
as typed. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

GRADER = Grader()
STATE = short("North Karelia", prompt="Where did the ferry line start?")
PEAK = short("Mount Arven", prompt="Which peak did the surveyors climb first?")
ISLAND = short("Saint Oren", prompt="Which island had the lighthouse?")
FORT = short("Fort Haldane", prompt="Where did the column halt?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (STATE, "N. Karelia", True),
    (STATE, "N Karelia", True),
    (STATE, "n. karelia", True),
    (STATE, "from N.Karelia", True),
    (STATE, "S. Karelia", False),  # another point of the compass
    (STATE, "E Karelia", False),
    (STATE, "Karelia", False),
    (PEAK, "Mt. Arven", True),
    (PEAK, "Mt Arven", True),
    (PEAK, "Mt. Arvel", False),
    (ISLAND, "St. Oren", True),
    (ISLAND, "St Oren", True),
    (FORT, "Ft. Haldane", True),
    (FORT, "Ft. Halden", False),
])
def test_abbreviated_first_words(card, given, right):
    assert GRADER.grade(card, given).correct is right

