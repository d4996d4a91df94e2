"""Words learners clip as they type (issue #11): "yr" for year, "seq" for sequence, "chemo" for chemotherapy, "bcs",
"cuz", "coz" for because, "tho" for though, "avg" for average. Read as the words they stand for, as "ppl", "yrs" and
"govt" are. Invented cards of no pack; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import explain

EN = Grader()
HARVEST = explain("the harvest failed that year", prompt="What went wrong in the valley?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (HARVEST, "the harvest failed that yr", True),
    (HARVEST, "the harvest failed that day", False),
    (explain("each relay sends its own sequence number", prompt="What does a relay send first?"),
     "each relay sends its own seq number", True),
    (explain("patients on chemotherapy are shielded", prompt="Who is shielded?"), "patients on chemo", True),
    (explain("patients on chemotherapy are shielded", prompt="Who is shielded?"), "patients on dialysis", False),
    (explain("the average yield fell", prompt="What happened to the orchards?"), "avg yield fell", True),
    (explain("the average yield fell", prompt="What happened to the orchards?"), "avg yield rose", False),
])
def test_clipped_words(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right


@pytest.mark.parametrize(("clipped", "word"), [("bcs", "because"), ("cuz", "because"), ("coz", "because"),
                                                ("bcuz", "because"), ("tho", "though")])
def test_read_as_the_word(clipped: str, word: str) -> None:
    assert EN.prep(f"{clipped} the dam broke").words == EN.prep(f"{word} the dam broke").words
