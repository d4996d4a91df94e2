"""Two slips of the short answer forgiven by rules of the language (invented cards):

- a letter that draws a shape ("a U-shaped valley", "U-образная долина", "V-образный вырез") names no thing, so a
  term given with such a description in brackets adds no letter ("Кар (U-образная впадина)" for "Кар"), while a
  letter that names a thing still counts ("P and S waves");
- a slip on top of a doubled letter in a long English word is one slip, as British and American spellings differ in
  doubled letters ("the Bay of Tranquilty" for "the Bay of Tranquillity", one slip from "Tranquility"); a word
  further off stays wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN = Grader()
RU = Grader(language="ru")


@pytest.mark.parametrize(("grader", "answer", "given", "right"), [
    (RU, "Кар", "Кар (U-образная впадина)", True),
    (RU, "Кар", "кар, V-образная впадина", True),
    (EN, "a cirque", "a cirque (a U-shaped hollow)", True),
    (EN, "P waves", "P and S waves", False),  # a letter that names a thing
    (EN, "the Bay of Tranquillity", "the bay of tranquilty", True),
    (EN, "the Bay of Tranquillity", "the bay of tranquility", True),
    (EN, "the Bay of Tranquillity", "the bay of tranquity", False),
    (EN, "a travelling salesman", "a traveling salesman", True),
    (EN, "a travelling salesman", "a traveling salesmen", True),
])
def test_slips_forgiven_by_rules_of_the_language(grader: Grader, answer: str, given: str, right: bool) -> None:
    verdict = grader.grade(short(answer), given)
    assert verdict.correct is right, verdict.trace
