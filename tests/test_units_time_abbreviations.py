"""Weeks and months abbreviated as learners type them ("3 wks", "3 wk.", "24 mths", "24 mos") convert as "3 weeks"
and "24 months" do. Invented cards (a voyage, a repair)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import numeric

EN = Grader()
VOYAGE = numeric(21, "days", "21 days", prompt="How long did the voyage take?")
REPAIR = numeric(2, "years", "2 years", prompt="How long did the repair take?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (VOYAGE, "3 wks", True),
    (VOYAGE, "3 wk.", True),
    (VOYAGE, "about 3 wks", True),
    (VOYAGE, "4 wks", False),
    (VOYAGE, "3 mths", False),
    (REPAIR, "24 mths", True),
    (REPAIR, "24 mos", True),
    (REPAIR, "24 mos.", True),
    (REPAIR, "18 mths", False),
    (REPAIR, "24 wks", False),
])
def test_time_abbreviations(card: Card, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)
    assert verdict.correct is right, verdict.trace
