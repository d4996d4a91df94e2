"""What is said in place of a thing denies it (issue #11): "the charter was a truce rather than a treaty" says the
charter was not a treaty, as "a truce, not a treaty" does; so it makes "the charter was not a treaty", and "a
treaty rather than a truce" does not. Read so before a thing named with "a"/"an", "the", "this"/"that", a
possessive or none ("the ferns grew around the well rather than the mill": not around the mill; "built of stone
instead of timber": not of timber; `preparing`); before a gerund it stays unread (a held-out own-words answer moved
the wrong way; so did one opening the text, a round later). So does Russian "вместо": "зал построили из дерева
вместо камня" does not make "из камня" ("вместо того, чтобы ..." stays unread). Invented subjects (no pack's
words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, one_point

CHARTER = explain("the guilds signed the charter", "the charter was not a treaty", need=2,
                  prompt="What was the charter?")
FERNS = one_point("the ferns grew around the old well", "Where did the ferns grow?")
HALL = one_point("the hall was built of stone", "What was the hall built of?")
FLOOD = explain("the flood came from the river", "the flood did not come from the canal", need=2,
                prompt="Where did the flood come from?")
MILL = one_point("the tower on the hill was not a lighthouse", "What was the tower on the hill?")

ROWS = [
    (CHARTER, "the guilds signed the charter; it was a truce rather than a treaty", True),
    (CHARTER, "the guilds signed the charter, which was a truce instead of a treaty", True),
    (CHARTER, "the guilds signed the charter; it was a truce, not a treaty", True),
    (CHARTER, "the guilds signed the charter; it was a treaty rather than a truce", False),
    (CHARTER, "the guilds signed the charter; it was a treaty", False),
    (MILL, "the tower on the hill was a windmill rather than a lighthouse", True),
    (MILL, "the tower on the hill was a lighthouse rather than a windmill", False),
    (MILL, "the tower on the hill was a lighthouse", False),
    # "the", "this", a possessive: what is named so is denied as well
    (FERNS, "the ferns grew around the old mill rather than the old well", False),
    (FERNS, "the ferns grew around the old mill instead of the old well", False),
    (FERNS, "the ferns grew around the old well rather than the old mill", True),
    (FERNS, "the ferns grew around their old well rather than the mill", True),
    (FLOOD, "it came from the river rather than the canal", True),
    (FLOOD, "it came from the river instead of this canal", True),
    (FLOOD, "it came from the canal rather than the river", False),
    (FLOOD, "it came from the canal instead of their river", False),
    # a bare noun: denied as well
    (HALL, "the hall was built of timber rather than stone", False),
    (HALL, "the hall was built of timber instead of stone", False),
    (HALL, "the hall was built of stone rather than timber", True),
    (HALL, "the hall was built of stone instead of timber", True),
]


ZAL = one_point("зал построили из камня", "Из чего построили зал?")
RU_ROWS = [
    (ZAL, "зал построили из дерева вместо камня", False),
    (ZAL, "вместо камня зал построили из дерева", False),
    (ZAL, "зал построили из камня вместо дерева", True),
    (ZAL, "вместо дерева зал построили из камня", True),
    (ZAL, "зал построили из дерева, а не из камня", False),
    (ZAL, "вместо дерева зал построен из камня", True),  # said first, "вместо X" is a clause of its own
    (ZAL, "вместо старого дерева зал построили из камня", True),
    (ZAL, "вместо камня зал построен из дерева", False),
]


@pytest.mark.parametrize(("card", "given", "right"), RU_ROWS)
def test_what_is_said_in_place_of_a_thing_denies_it_in_russian(card, given, right):
    assert Grader(language="ru").grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_what_is_said_in_place_of_a_thing_denies_it(card, given, right):
    assert Grader().grade(card, given).correct is right

