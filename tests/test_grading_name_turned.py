"""A name of two capitalised words said with its words the other way round is another reading (issue #11): "Said
port" is a port called Said, not "Port Said"; "Verde Cape" is no "Cape Verde". A person's name may be said surname
first where the question asks who, and Russian word order is free ("думу Боярскую"). Invented cards; each row says
what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

HARBOUR = short("Port Halden", prompt="Which port stands at the mouth of the canal?")
CAPE = short("Cape Marrow", prompt="Which headland did the fleet round first?")
LAKE = short("Lake Orrin", "Orrin", prompt="Where does the river rise?")
TOWN = short("New Tarvel", prompt="Which town did the settlers found?")
ENGINEER = short("Edith Marlow", "Marlow", prompt="Who designed the lock?")
BUILDER = short("Edith Marlow", "Marlow", prompt="Which engineer designed the lock?")
RU_HALL = short("Большой зал", prompt="Где проходили заседания?")

ROWS = [
    (HARBOUR, "Port Halden", "en", True),
    (HARBOUR, "port halden", "en", True),
    (HARBOUR, "the port of Port Halden", "en", True),
    (HARBOUR, "Halden port", "en", False),
    (HARBOUR, "Halden Port", "en", False),
    (CAPE, "Cape Marrow", "en", True),
    (CAPE, "Marrow Cape", "en", False),
    (LAKE, "Lake Orrin", "en", True),
    (LAKE, "Orrin", "en", True),
    (TOWN, "New Tarvel", "en", True),
    (TOWN, "Tarvel New", "en", False),
    (ENGINEER, "Edith Marlow", "en", True),
    (ENGINEER, "Marlow Edith", "en", True),  # a person, surname first
    (ENGINEER, "Marlow", "en", True),
    (BUILDER, "Marlow, Edith", "en", True),
    (RU_HALL, "Большой зал", "ru", True),
    (RU_HALL, "зал Большой", "ru", True),  # Russian order is free
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_a_two_word_name_turned_round_is_another_reading(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
