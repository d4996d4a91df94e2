"""A year of an era that the grader matched is shown in the pack's language: "212 до н. э." on a Russian pack, not
"212 BC" (core/wording_verdicts.py). Cards on an invented subject (a town's founding)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.wording_verdicts import verdict_words
from tests.cards import short

RU = Grader(language="ru")


@pytest.mark.parametrize(("answer", "given", "shown"), [
    ("212 год до н. э.", "в 212 до нашей эры", "год 212 до н. э. совпадает"),
    ("79 год н. э.", "79 н. э.", "год 79 н. э. совпадает"),
    ("1148 год", "в 1148 году", "год 1148 совпадает"),
])
def test_a_matched_year_of_an_era_is_said_in_russian(answer, given, shown):
    verdict = RU.grade(short(answer, prompt="В каком году основан город?"), given)
    assert verdict.correct
    assert [verdict_words(step, "ru") for step in verdict.trace] == [shown]


def test_english_keeps_its_era_words():
    verdict = Grader().grade(short("212 BC", prompt="In what year was the town founded?"), "212 BC")
    assert verdict.correct
    assert verdict_words(verdict.trace[0], "en") == verdict.trace[0]
