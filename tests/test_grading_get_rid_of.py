""""Get rid of" is one verb, "remove" (`lexicon_phrasal`), so that the lexicon's synonyms of "remove" meet it: "the
council got rid of the tolls" makes "the council abolished the tolls", "they wanted to get rid of the monarchy"
makes "... to abolish the monarchy". Negated it is negated ("did not get rid of"), and it makes no other verb
("repaired", "kept"). Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain


@pytest.mark.parametrize(("point", "answer", "right"), [
    ("the settlers removed the weeds", "the settlers got rid of the weeds", True),
    ("the council abolished the tolls", "the council got rid of the tolls", True),
    ("the crew discarded the old nets", "the crew got rid of the old nets", True),
    ("the guild wanted to abolish the tolls", "the guild wanted to get rid of the tolls", True),
    ("the council abolished the tolls", "the council gets rid of the tolls", True),
    ("the council abolished the tolls", "the council did not get rid of the tolls", False),
    ("the council abolished the tolls", "the council kept the tolls", False),
    ("the crew discarded the old nets", "the crew got the old nets", False),
    ("the crew repaired the old nets", "the crew got rid of the old nets", False),
])
def test_get_rid_of_is_remove(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
