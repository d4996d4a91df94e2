"""A refusal with no object of its own, after a clause that asks a deed with "to" ("the board ordered him to close
the clinic; he refused"), refuses that deed: it makes the point "he refused to close the clinic", in the same
sentence. Agreeing, doing it, refusing another deed, refusing a thing, or a deed asked in another sentence do not.
Invented subjects (`core/elided_refusals.py`)."""

from __future__ import annotations

import pytest

from studybot.core.elided_refusals import refusal_objects
from studybot.core.grading import Grader
from tests.cards import one_point

EN = Grader(language="en")
POINT = one_point("he refused to close the clinic", "Why did the doctor leave?")

CASES = [
    ("The board ordered him to close the clinic; he refused and resigned instead", True),
    ("The board forced him to close the clinic, but he refused and resigned instead", True),
    ("The board ordered him to close the clinic; he agreed and resigned instead", False),
    ("The board ordered him to close the clinic; he closed it", False),
    ("The board ordered him to close the clinic; he refused to resign", False),
    ("The board ordered him to close the clinic; he refused the offer", False),
    ("The board ordered him to open the clinic; he refused", False),
]


@pytest.mark.parametrize(("given", "right"), CASES)
def test_refusal_of_the_deed_asked(given: str, right: bool) -> None:
    assert EN.grade(POINT, given).correct is right


@pytest.mark.parametrize(("text", "out"), [
    ("they asked him to pay; he refused", "they asked him to pay; he refused to pay"),
    ("they asked him to stay. later the king refused.", "they asked him to stay. later the king refused."),
    ("they asked him to pay, and he refused to do so", "they asked him to pay, and he refused to do so"),
])
def test_refusal_given_its_object(text: str, out: str) -> None:
    assert refusal_objects(text) == out
