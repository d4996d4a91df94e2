"""Words learners clip as they type (issue #11): "yr" for year, "seq" for sequence, "chemo" for chemotherapy, "bcs",
"cuz", "coz" for because, "tho" for though, "avg" for average. Read as the words they stand for, as "ppl", "yrs" and
"govt" are. Invented cards of no pack; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()


def point(text: str, prompt: str = "Why?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=text, keypoints=(Keypoint(text, ()),))


@pytest.mark.parametrize(("card", "answer", "right"), [
    (point("the harvest failed that year", "What went wrong in the valley?"), "the harvest failed that yr", True),
    (point("the harvest failed that year", "What went wrong in the valley?"), "the harvest failed that day", False),
    (point("each relay sends its own sequence number", "What does a relay send first?"),
     "each relay sends its own seq number", True),
    (point("patients on chemotherapy are shielded", "Who is shielded?"), "patients on chemo", True),
    (point("patients on chemotherapy are shielded", "Who is shielded?"), "patients on dialysis", False),
    (point("the average yield fell", "What happened to the orchards?"), "avg yield fell", True),
    (point("the average yield fell", "What happened to the orchards?"), "avg yield rose", False),
])
def test_clipped_words(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right


@pytest.mark.parametrize(("clipped", "word"), [("bcs", "because"), ("cuz", "because"), ("coz", "because"),
                                                ("bcuz", "because"), ("tho", "though")])
def test_read_as_the_word(clipped: str, word: str) -> None:
    assert EN.prep(f"{clipped} the dam broke").words == EN.prep(f"{word} the dam broke").words
