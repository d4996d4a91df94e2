"""An English death toll said by who lived (`en_survivors`, issue #11): "almost no one who caught it survived" and
"hardly anyone survived" make "almost everyone who caught the fever died"; "few survived", "almost everyone
survived" and "no one lived there" stay as said. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.en_survivors import survivors_as_deaths
from studybot.core.grading import Grader
from tests.cards import one_point

FEVER = one_point("almost everyone who caught the marsh fever died", "Why was the marsh fever feared?")
CREW = one_point("all of the barge's crew died", "What happened to the barge?")

ROWS = [
    (FEVER, "almost no one who caught the marsh fever survived", True),
    (FEVER, "hardly anyone who caught the marsh fever survived", True),
    (FEVER, "almost everyone survived the marsh fever", False),
    (FEVER, "the marsh fever was mild", False),
    (CREW, "none of the barge's crew survived", True),
    (CREW, "all of the barge's crew survived", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_none_surviving_is_all_dying(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(preparing, "survivors_as_deaths", lambda text: text)
    assert not Grader().grade(card, given).correct


@pytest.mark.parametrize(("text", "read"), [
    ("no one survived", "everyone died"),
    ("nobody in the village survived the flood", "everyone in the village died the flood"),
    ("almost none of the lambs survive", "almost everyone of the lambs die"),
    ("barely anybody survived", "almost everyone died"),
    ("few survived", "few survived"),  # how few is not said
    ("no one lived there", "no one lived there"),  # dwelling
    ("the mill survived, but no one knew why", "the mill survived, but no one knew why"),
])
def test_the_reading(text, read):
    assert survivors_as_deaths(text) == read
