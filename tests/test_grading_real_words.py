"""An English word of the dictionary two letters away from the card's word is another term, not a slip of it
(core/real_words.py); slips that make no word, and spellings of one word, stay forgiven. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

LINING = Card(id="l", section="s", kind="short", prompt="What does the cork lining of the pipe give?",
              answer="insulation")
TANK = Card(id="t", section="s", kind="short", prompt="What did the engineers measure before filling the tank?",
            answer="its capacity")
SQUARE = Card(id="q", section="s", kind="short", prompt="Where does the market stand?", answer="in the town centre")
PACK = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="The pipe was lined with cork."),),
            cards=(LINING, TANK, SQUARE))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card", "answer", "right"), [
    (LINING, "insulation", True),
    (LINING, "insulaton", True),  # a slip that makes no word
    (LINING, "insullation", True),
    (LINING, "isolation", False),  # another word of the dictionary, two letters away
    (TANK, "its capacity", True),
    (TANK, "the capasity", True),
    (TANK, "its capacitor", False),
    (SQUARE, "in the town center", True),  # one word in two spellings
    (SQUARE, "in the town centre", True),
])
def test_a_word_of_the_dictionary_is_no_slip_of_another(card, answer, right):
    assert GRADER.grade(card, answer).correct is right
