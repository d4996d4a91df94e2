"""What a grader reads from a card alone it reads once per card (`GraderBase.card_value`, `card_set`): one grader
grading the cards of a pack in any order judges each answer as a grader new to it would, never by another card's
facts. Invented cards: a letter typed in Cyrillic look-alikes is read in Latin letters only for a card whose wording is
written in Latin letters; a bare year is the card's year only for a card whose answer is a year."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

SYMBOL = short("K", prompt="Which letter stands for the element?")  # Latin: "К" typed in Cyrillic is read as K
NAMED = short("Калий", prompt="Which element is it?")  # no Latin wording: "К" is no reading of it
# a wording in Cyrillic look-alikes alone ("Ом") beside the Latin one: an answer in such letters is meant so, not read
# in Latin letters (were the card read by SYMBOL's facts, "К" would be K, and right)
BOTH = short("K", "Ом", prompt="Which letter stands for the unit?")
YEAR = short("AD 79", prompt="In what year did the volcano erupt?")  # a year: a bare "79" is AD 79
TOWN = short("Pompeii", prompt="Which town did the volcano bury?")  # no year: "79" is not it

GRADED = [
    (SYMBOL, "К", True),
    (NAMED, "К", False),
    (BOTH, "К", False),
    (YEAR, "79", True),
    (TOWN, "79", False),
    (SYMBOL, "К", True),  # again, after the others
    (NAMED, "К", False),
    (BOTH, "К", False),
    (TOWN, "79", False),
    (YEAR, "79", True),
]


def test_one_grader_judges_each_card_by_its_own_facts():
    shared = Grader()
    for card, answer, right in GRADED:
        assert shared.grade(card, answer).correct is right, (card.answer, answer)


@pytest.mark.parametrize(("card", "answer", "right"), GRADED)
def test_a_new_grader_judges_alike(card, answer, right):
    assert Grader().grade(card, answer).correct is right
