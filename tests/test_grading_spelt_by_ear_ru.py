"""Russian spelt by ear: an unstressed "о" written "а" (more than once: "малаток", "калакол") or "э" written "е"
("екскурсия", "естафета", also first in the word) is a slip of the ear in a word of six letters or more, as one such
letter already was in a short word ("вада"); so is an unstressed "е" written "и" or the other way round, with an
"о" written "а" besides ("кирасин" for "керосин"), and a doubled letter written once among them ("калекция").
Another word is not ("колосок" is no "колокол"). Invented cards."""

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
    (short("керосин"), "кирасин", True),  # "е" as "и", "о" as "а"
    (short("телескоп"), "тилископ", True),
    (short("пирамида"), "пераметра", False),
    (short("коллекция"), "калекция", True),  # a doubled letter written once, "о" as "а"
    (short("телескоп"), "телефон", False),
    (short("керосин"), "карасик", False),
])
def test_spelt_by_ear(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
