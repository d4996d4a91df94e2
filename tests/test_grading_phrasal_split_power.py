"""Two phrasal verbs of one everyday meaning: "broke apart" is "split" ("the guild broke apart" makes "the guild
split"), "fell from power" is "lost power" ("the regent lost power" makes "the regent fell from power"); the other
way ("came together", "gained power") stays wrong (`lexicon_phrasal.PHRASAL_VERBS`). Invented guild and regent."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

GUILD = explain("the weavers' guild split", prompt="What happened to the weavers' guild?")
REGENT = explain("the regent Osric fell from power", prompt="What happened to the regent Osric?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (GUILD, "the weavers' guild broke apart", True),
    (GUILD, "the weavers' guild split", True),
    (GUILD, "the weavers' guild came together", False),
    (REGENT, "the regent Osric lost power", True),
    (REGENT, "Osric the regent lost his power", True),
    (REGENT, "the regent Osric gained power", False),
])
def test_phrasal_verbs_of_splitting_and_losing_power(card, answer, right):
    assert Grader().grade(card, answer).correct is right
