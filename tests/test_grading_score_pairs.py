"""Two small whole figures joined by a hyphen ("4-2", "10-15") are two figures, as "4 - 2" and "4:2" are: a short
answer "4-1" for a score "4-2" gives another figure (`quantities._PAIR`). Invented matches."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

SCORE = Card(id="c", section="s", kind="short", prompt="By what score did the Rovers win the final?", answer="4-2")
SCHET = Card(id="c", section="s", kind="short", prompt="С каким счётом «Ротор» выиграл финал?", answer="3-1")

ROWS = [
    ("en", SCORE, "4-2", True),
    ("en", SCORE, "4:2", True),
    ("en", SCORE, "4 to 2", True),
    ("en", SCORE, "they won 4-2", True),
    ("en", SCORE, "4–2", True),
    ("en", SCORE, "4-1", False),
    ("en", SCORE, "4-3", False),
    ("en", SCORE, "4:1", False),
    ("en", SCORE, "5-2", False),
    ("ru", SCHET, "3-1", True),
    ("ru", SCHET, "3:1", True),
    ("ru", SCHET, "3-0", False),
    ("ru", SCHET, "3-2", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_score_is_two_figures(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
