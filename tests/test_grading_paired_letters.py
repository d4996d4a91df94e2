"""A letter an answer adds beside a term that the card's texts pair with that letter is no other thing named
(`grading.paired_letters`): asked for the strain "K3N7", "K3N7 swamp fever B" is right where the notes say "swamp
fever B, subtype K3N7"; a letter the notes pair with the term elsewhere only ("swamp fever A"), or with no term
("K3N7 B"), still names another thing, as does a letter in place of the card's own or beside the card's own term
("vitamin C and vitamin E" for "vitamin C", though the notes' sentence names both). Invented diseases."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = ("The 1931 epidemic was caused by swamp fever B, subtype K3N7. Swamp fever A circulates among ducks. "
         "Vitamin D was given to the sick. The sick lacked vitamin C, while vitamin E was plentiful.")
STRAIN = short("K3N7", prompt="Which subtype caused the 1931 epidemic?")
FEVER = short("swamp fever B", prompt="Which kind of swamp fever caused the 1931 epidemic?")
VITAMIN = short("vitamin C", prompt="Which vitamin did the sick lack?")

ROWS = [
    (STRAIN, "K3N7 swamp fever B", True),
    (STRAIN, "swamp fever B K3N7", True),
    (STRAIN, "K3N7 (swamp fever B)", True),
    (STRAIN, "K3N7", True),
    (STRAIN, "K3N7 swamp fever A", False),  # paired with the term, but not where the notes say the strain
    (STRAIN, "K3N7 B", False),  # beside no term
    (STRAIN, "K3N7 and vitamin D", False),
    (FEVER, "swamp fever A", False),  # in place of the card's letter
    (FEVER, "K3N7 swamp fever B", True),
    # a letter beside the card's own term is another thing, whatever the sentence that says the answer names
    (VITAMIN, "vitamin C and vitamin E", False),
    (VITAMIN, "vitamin C", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_letter_the_notes_pair_with_its_term(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="en")
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
