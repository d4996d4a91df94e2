"""English spells one sound "c" and "k" at the head of a word: a learner who writes "Koptic" for "Coptic" or
"Kolumbia" for "Columbia" has made one slip, as "Coptik" is one (a first letter is otherwise kept: "another
first letter" is another word). Only a hard "c" (before a, o, u, l, r): "Kinema" is no slip of "Cinema", and a
second slip on top ("Koptik") is two. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


SCRIPT = short("Coptic", "In what language were the hymns of the Harwick abbey written?")
CITY = short("Columbia", "Which city did the Harwick railway reach first?")
CLUB = short("Clarion", "What was the name of the society's newspaper?")
HALL = short("Cinema", "What did the old town hall of Harwick become?")

ROWS = [
    (SCRIPT, "Coptic", True),
    (SCRIPT, "Koptic", True),
    (SCRIPT, "Coptik", True),
    (SCRIPT, "koptic", True),
    (SCRIPT, "Koptik", False),  # two slips
    (SCRIPT, "Gothic", False),
    (CITY, "Kolumbia", True),
    (CLUB, "Klarion", True),
    (HALL, "Kinema", False),  # a soft "c"
    (HALL, "Sinema", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_hard_c_written_k(card: Card, answer: str, right: bool) -> None:
    verdict = Grader(language="en").grade(card, answer)
    assert verdict.correct is right, verdict.trace
