"""A body's name that ends in its kind ("... Preservation Service", `lexicon_names` heads) is told apart by its
other words but a word of rank or scope ("Royal", "National"), as a name with "of" is (`grading.name_words`): "the
Natural Wetlands Service" is not "the Natural Wetlands Preservation Service", though the question gives
"Preservation" and "Service" ("What did the Coastal Preservation Service become?"); the whole name, a slip in it
and the name without its word of rank stay right. Invented bodies."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = ("In 1990 the Coastal Preservation Service became the Natural Wetlands Preservation Service. The Royal "
         "Harbour Lighting Board ran the lamps.")
RENAMED = short("the Natural Wetlands Preservation Service", prompt="What did the Coastal Preservation Service become "
                                                                  "in 1990?")
BOARD = short("the Royal Harbour Lighting Board", prompt="Who ran the lamps?")

ROWS = [
    (RENAMED, "Natural Wetlands Service", False),
    (RENAMED, "the Natural Wetlands Service", False),
    (RENAMED, "Natural Wetlands Preservation Service", True),
    (RENAMED, "the natural wetland preservation service", True),
    (BOARD, "the Harbour Lighting Board", True),  # its word of rank left out
    (BOARD, "the Royal Harbour Lighting Board", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_word_of_a_body_name_left_out(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,), language="en")
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
