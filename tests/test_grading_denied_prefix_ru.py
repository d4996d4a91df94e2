"""A Russian word denied by "не" joined is no typo of the same word under another prefix of two letters:
"сопротивление злу" is no slip of "непротивление злу" (two letters apart, it passed as one), nor "событие" of
"небытие"; one of the two letters kept ("нипротивление") is still a slip, and a short rest ("неделя" / "моделя")
is no "не" at all. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.prefix_contrasts import prefixes_contrast

from .cards import short

RU = Grader(language="ru")
CARD = short("непротивление злу силой", prompt="Какое учение проповедовал старец Аркадий?")


@pytest.mark.parametrize(("answer", "right"), [
    ("непротивление злу силой", True),
    ("нипротивление злу силой", True),  # a vowel heard otherwise: a slip
    ("сопротивление злу силой", False),
    ("противление злу силой", False),
])
def test_a_denial_put_for_another_prefix_is_no_slip(answer, right):
    assert RU.grade(CARD, answer).correct is right


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("непротивление", "сопротивление", True),
    ("сопротивлени", "непротивлени", True),  # stems, either way round
    ("непротивление", "нипротивление", False),
    ("неделя", "моделя", False),  # a rest of four letters: no denial
    ("непротивление", "непротивления", False),
])
def test_which_words_are_a_denial_apart(a, b, apart):
    assert prefixes_contrast(a, b, "ru") is apart
