"""Russian spelt by ear: an unstressed "о" written "а" (more than once: "малаток", "калакол") or "э" written "е"
("екскурсия", "естафета", also first in the word) is a slip of the ear in a word of six letters or more, as one such
letter already was in a short word ("вада"). Another word is not ("колосок" is no "колокол"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import short

RU = Grader(language="ru")


@pytest.mark.parametrize(("card", "given", "right"), [
    (short("молоток"), "молоток", True),
    (short("молоток"), "малаток", True),
    (short("колокол"), "калакол", True),
    (short("экскурсия"), "екскурсия", True),
    (short("эстафета"), "естафета", True),
    (short("молоток"), "малина", False),
    (short("колокол"), "колосок", False),
    (short("эстафета"), "анкета", False),
])
def test_spelt_by_ear(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
