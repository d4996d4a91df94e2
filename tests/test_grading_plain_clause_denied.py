"""A point that denies in one clause only ("колокол звонил, хотя на башне никого не было") is not made by an answer
that denies a word of its other clause ("колокол не звонил, хотя ..."): the negation is compared clause by clause,
not as a whole (`ellipsis.negated_alike`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

BELL = one_point("the bell rang although nobody was in the tower", "What was strange about the bell?")
BELL_RU = one_point("колокол звонил, хотя на башне никого не было", "Что было странного с колоколом?")
MILL_RU = one_point("мельница работала, хотя ветра не было", "Что странного было с мельницей?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, BELL, "the bell did not ring although nobody was in the tower", False),
    (EN, BELL, "the bell rang even though nobody was in the tower", True),
    (RU, BELL_RU, "колокол не звонил, хотя на башне никого не было", False),
    (RU, BELL_RU, "колокол звонил, хотя на башне никого не было", True),
    (RU, MILL_RU, "мельница не работала, хотя ветра не было", False),
    (RU, MILL_RU, "мельница работала, хотя ветра не было", True),
])
def test_negation_by_clause(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
