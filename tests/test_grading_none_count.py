"""A count answered "none" (round 59: a blind author left out a card whose answer was "none died", since the docs did
not say whether "nobody" is 0): "none", "nobody died", "no one", "no deaths", "никто не погиб", "жертв не было" are 0
on a numeric card, right where the count is 0 and wrong elsewhere; "no one" is no 1 ("How many survived?" with the
answer 1 refused "no one" only by luck of its wording before)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import load_pack_text

PACK = """format: 1
id: t
title: t
language: {language}
sections:
- id: s
  title: s
  notes: x
cards:
- id: c
  section: s
  kind: numeric
  prompt: {prompt}
  answer: "{answer}"
  number: {{value: {value}, tolerance: 0}}
"""


def grade(answer: str, value: int, language: str = "en") -> bool:
    prompt = "How many people died in the fire?" if language == "en" else "Сколько человек погибло при пожаре?"
    pack = load_pack_text(PACK.format(language=language, prompt=prompt, answer=value, value=value))
    return Grader.for_pack(pack).grade(pack.cards[0], answer).correct


@pytest.mark.parametrize("answer", ["none", "None.", "nobody", "no one", "No one died", "nobody died", "no deaths",
                                    "not one", "not a single person", "there were no casualties", "zero", "0",
                                    "no one was killed"])
def test_none_is_right_where_the_count_is_zero(answer):
    assert grade(answer, 0)


@pytest.mark.parametrize("answer", ["no one", "nobody", "none", "no deaths", "not one"])
def test_none_is_wrong_where_the_count_is_not_zero(answer):
    assert not grade(answer, 1) and not grade(answer, 3)


@pytest.mark.parametrize("answer", ["none but two", "no one except the guard", "no more than 2", "one"])
def test_none_with_an_exception_or_a_figure_is_not_zero(answer):
    assert not grade(answer, 0)


@pytest.mark.parametrize("answer", ["никто", "никто не погиб", "ни одного человека", "ни один", "ноль",
                                    "жертв не было", "погибших не было"])
def test_russian_none_is_zero(answer):
    assert grade(answer, 0, "ru") and not grade(answer, 1, "ru")


@pytest.mark.parametrize("answer", ["никто, кроме сторожа", "никто кроме двоих", "один"])
def test_russian_none_with_an_exception_is_not_zero(answer):
    assert not grade(answer, 0, "ru")


@pytest.mark.parametrize(("answer", "language"), [("zero point five", "en"), ("ноль целых пять десятых", "ru"),
                                                  ("ноль целых семь десятых", "ru")])
def test_a_figure_said_from_zero_is_that_figure(answer, language):
    assert not grade(answer, 0, language)
