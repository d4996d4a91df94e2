"""A figure right after a capitalised word that is no function word is the number of a name ("Mariner 4 flew past",
"Луна 9 села"): it names which one and counts nothing, so it is no other count of a point's term ("4 docked" is
not said by "Mariner 4 docked"). A bare count before the term still is. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import accepting

EN = Grader()
RU = Grader(language="ru")


DOCKING = accepting("the first docking of two capsules", "docking", prompt="What did the Corvid flights achieve?")
STYKOVKA = accepting("первая стыковка двух капсул", "стыковка", prompt="Чего добились полёты «Ворон»?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (DOCKING, "Corvid 8 docked with another capsule", True),
    (DOCKING, "they docked, Corvid 8 did it", True),
    (DOCKING, "the first docking of two capsules", True),
    (DOCKING, "8 capsules docked", False),  # a count of the point's own thing
    (DOCKING, "8 docked", False),  # a bare count before the term
    (STYKOVKA, "Ворон 8 провёл стыковку с другой капсулой", True),
    (STYKOVKA, "провели 8 стыковок", False),
])
def test_name_number_counts_nothing(card: Card, answer: str, right: bool) -> None:
    grader = EN if card.prompt.isascii() else RU
    assert grader.grade(card, answer).correct is right
