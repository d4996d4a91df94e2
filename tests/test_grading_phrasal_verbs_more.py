"""More English verbs said in two words, each with one everyday meaning, read as that verb (`lexicon_phrasal`):
"the sluices let out the floodwater" releases it, "the council brushed aside the complaints" dismissed them, "the
crew swapped out the pumps" replaced them, "the kiln was put together badly" was assembled so. Found on the
own-words sets of packs promoted in round 45 (outfalls that "had let out the day's sewage"; tests "brushed aside").
A negation, another particle or another verb stays as said. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point

SLUICES = one_point("the sluices released the floodwater at dawn", "What happened at dawn?")
COUNCIL = one_point("the council dismissed the complaints of the millers", "How did the council answer the millers?")
CREW = one_point("the crew replaced the pumps of the barge", "What did the crew do in port?")
KILN = one_point("the kiln was assembled badly", "Why did the kiln crack?")

ROWS = [
    (SLUICES, "at dawn the sluices let out the floodwater", True),
    (SLUICES, "the sluices did not let out the floodwater at dawn", False),
    (SLUICES, "the sluices let in the floodwater at dawn", False),
    (COUNCIL, "the council brushed aside the complaints of the millers", True),
    (COUNCIL, "the council never brushed aside the complaints of the millers", False),
    (COUNCIL, "the council heard the complaints of the millers", False),
    (CREW, "the crew swapped out the pumps of the barge", True),
    (CREW, "the crew swapped the pumps of the barge", False),
    (KILN, "the kiln was put together badly", True),
    (KILN, "the kiln was put away badly", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_another_verb_said_in_two_words(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
