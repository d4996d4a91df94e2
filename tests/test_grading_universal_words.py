"""The whole said of every one of it: "almost all of them drowned" is made by "nearly everyone drowned" or
"almost everybody drowned"; "almost no one", "not everyone" or "some" is not it. Invented subjects
(`lexicon.SYNONYMS`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point

CREW = one_point("almost all of them drowned", "What happened when the ferry sank?")

ROWS = [
    ("almost everyone drowned", True),
    ("nearly everybody on board drowned", True),
    ("almost all drowned", True),
    ("almost no one drowned", False),
    ("not everyone drowned", False),
    ("some drowned", False),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_all_said_as_everyone_or_every(answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(CREW,))
    assert Grader.for_pack(pack).grade(CREW, answer).correct is right
