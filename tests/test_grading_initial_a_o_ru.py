"""An unstressed Russian "о" written "а" (or the reverse) as a word's first letter is a slip of the ear, as it is
inside a word ("вада"): "отака" for "атака", "абед" for "обед", "апасный" for "опасный". Another first letter
stays another word ("утака"), and so do words of other letters ("отрава" is no "атака"). Invented cards
(`matching.Prepared._find_word`, `language._heard`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, short

RU = Grader(language="ru")

GRADED = [
    ("ишемическая атака", "ишемическая отака", True),
    ("ишемическая атака", "ишемическая утака", False),
    ("ишемическая атака", "ишемическая отрава", False),
    ("обед", "абед", True),
    ("обед", "убед", False),
    ("опасный газ", "апасный газ", True),
    ("опасный газ", "упасный газ", False),
]


@pytest.mark.parametrize(("answer", "given", "right"), GRADED)
def test_a_first_a_for_o_is_a_slip(answer, given, right):
    assert RU.grade(short(answer), given).correct is right


def test_a_first_a_for_o_makes_a_point():
    card = explain("крепость осадили", prompt="Что сделали враги?")
    assert RU.grade(card, "крепость асадили").correct
    assert not RU.grade(card, "крепость усадили").correct
