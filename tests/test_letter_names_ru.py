"""Latin letters said by their Russian names: "икс" is x, "игрек" is y, "зет" is z ("икс-хромосома", "ось
игрек"). A learner who says the letter is as right as one who types it; a wrong letter stays wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests import cards

RU = Grader(language="ru")
SEX = cards.short("XY", "X и Y", prompt="Какой набор половых хромосом у мужчины?")
AXIS = cards.short("ось Z", prompt="Вдоль какой оси направлена высота?")

# (card, answer, right?)
ANSWERS = [
    (SEX, "икс игрек", True),
    (SEX, "икс и игрек", True),
    (SEX, "одна икс и одна игрек", True),
    (SEX, "икс-игрек", True),
    (SEX, "две икс", False),  # XX: a woman's
    (SEX, "игрек игрек", False),
    (SEX, "икс икс", False),
    (AXIS, "ось зет", True),
    (AXIS, "ось игрек", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ANSWERS)
def test_a_latin_letter_said_by_its_russian_name_is_the_letter(card, answer: str, right: bool) -> None:
    verdict = RU.grade(card, answer)
    assert verdict.correct is right, verdict.trace


def test_a_point_made_with_a_letter_said_by_name() -> None:
    card = cards.explain("у мужчины одна X-хромосома и одна Y-хромосома", prompt="Чем набор мужчины отличен?")
    assert RU.grade(card, "у мужчины одна икс-хромосома и одна игрек-хромосома").correct
    assert not RU.grade(card, "у мужчины две игрек-хромосомы").correct
