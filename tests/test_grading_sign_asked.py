"""A figure below zero asked for with its sign (issue #11): where the question says "give it with its sign" ("укажите
со знаком"), an unsigned figure is no figure below zero, though the card's answer and its accepted wordings say the
figure is "below" (a depth under sea level); its minus or its word of direction makes it. Without such words in the
question an unsigned figure still answers a card whose answer says "below" (`grading.numeric`). Invented cards."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

EN = replace(numeric(-40, "metres", "−40 metres (40 metres below sea level)",
                     prompt="At what height above sea level is the floor of the salt pan? Give it with its sign."),
             accept=("minus 40 metres", "40 metres below sea level"))
EN_PLAIN = replace(EN, prompt="How far below sea level is the floor of the salt pan?")
RU = replace(numeric(-40, "м", "−40 м (на 40 м ниже уровня моря)",
                     prompt="На какой отметке лежит дно солончака? Укажите со знаком."),
             accept=("минус 40 м", "40 м ниже уровня моря"))


@pytest.mark.parametrize(("card", "lang", "answer", "right"), [
    (EN, "en", "-40 metres", True),
    (EN, "en", "minus 40 metres", True),
    (EN, "en", "40 metres below sea level", True),
    (EN, "en", "40 metres under the sea", True),
    (EN, "en", "40 metres", False),
    (EN, "en", "+40 metres", False),
    (EN, "en", "40 metres above sea level", False),
    (EN_PLAIN, "en", "40 metres", True),  # not asked for its sign: how far below is 40 m
    (RU, "ru", "-40 м", True),
    (RU, "ru", "минус 40 метров", True),
    (RU, "ru", "на 40 м ниже уровня моря", True),
    (RU, "ru", "40 метров", False),
    (RU, "ru", "40 м", False),
])
def test_a_figure_asked_with_its_sign(card, lang, answer, right):
    assert Grader(language=lang).grade(card, answer).correct is right
