"""A thing done to the whole of it is said with any adverb of wholeness: "fully oxidised" is "completely",
"totally", "entirely", "wholly" oxidised (`lexicon.SYNONYMS`); "partly", "partially" and "not fully" are not.
Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

ROWS = [
    ("the ore is fully melted", "the ore is completely melted", True),
    ("the ore is fully melted", "the ore is melted totally", True),
    ("the ore is fully melted", "the ore is entirely melted", True),
    ("the ore is fully melted", "the ore gets wholly melted", True),
    ("the debt was completely repaid", "the debt was fully repaid", True),
    ("the ore is fully melted", "the ore is partly melted", False),
    ("the ore is fully melted", "the ore is partially melted", False),
    ("the ore is fully melted", "the ore is not fully melted", False),
    ("the ore is fully melted", "the ore is completely frozen", False),
    ("the debt was completely repaid", "the debt was partially repaid", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), ROWS)
def test_an_adverb_of_wholeness_is_any_other(point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right
