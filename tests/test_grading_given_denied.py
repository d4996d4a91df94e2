"""A point's words the question gives need not be said again, but an answer that says them only denied, its verb
right after the negation, says the point the other way round, whatever its conjunction ("парус не убирают, когда
ветер усиливается" for "парус убирают, если ветер усиливается", asked "когда убирают парус?"). Not where the
point or the question denies (`opposed_clauses.given_denied`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

FERRY = one_point("the ferry runs if the wind is calm", "When does the ferry run?")
SAIL_RU = one_point("парус убирают, если ветер усиливается", "Когда убирают парус?")
GATE_RU = one_point("ворота запирают, когда стемнеет", "Когда запирают ворота крепости?")
BILL = one_point("the harbour bill died in committee", "Why did the harbour bill not become law?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, FERRY, "the ferry does not run when the wind is calm", False),
    (EN, FERRY, "if the wind is calm, the ferry does not run", False),
    (EN, FERRY, "it never runs when the wind is calm", False),
    (EN, FERRY, "when the wind is calm the ferry runs", True),
    (EN, FERRY, "it runs when the wind is calm and does not run in storms", True),
    (EN, FERRY, "the ferry does not run unless the wind is calm", True),
    (RU, SAIL_RU, "парус не убирают, когда ветер усиливается", False),
    (RU, SAIL_RU, "его не убирают, если ветер усиливается", False),
    (RU, SAIL_RU, "когда ветер усиливается, парус убирают", True),
    (RU, SAIL_RU, "если ветер усиливается, парус убирают", True),
    (RU, GATE_RU, "ворота не запирают, когда стемнеет", False),
    (RU, GATE_RU, "когда стемнеет, ворота запирают", True),
    (EN, BILL, "the harbour bill did not become law because it died in committee", True),
])
def test_given_words_denied(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
