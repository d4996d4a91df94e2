"""A negation typed with a slip is a negation: "didnt", "doesnt", "dosent", "did nto" in English; "небыло" ("не"
glued to a form of "быть") and "нн", "ен" (the next key, two letters swapped) for "не" in Russian. Read so, it agrees
with a card that denies and contradicts a card that asserts (it had passed as the bare verb). Cards on invented
subjects (a guild, a mill); the traps: words that only hold the letters ("tenant", "небыль", "небо")."""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.grading import Grader
from studybot.core.negation_slips import negation_slips
from tests import cards

EN = Grader()
RU = Grader(language="ru")
en = partial(cards.short, prompt="What did the guild do about the tax?")
ru = partial(cards.short, prompt="Что было с налогом?")

ROWS = [
    (EN, en("the guild paid the tax"), "the guild didnt pay the tax", False),
    (EN, en("the guild paid the tax"), "the guild did nto pay the tax", False),
    (EN, en("the guild pays the tax"), "the guild doesnt pay the tax", False),
    (EN, en("the guild pays the tax"), "the guild dosent pay the tax", False),
    (EN, en("the guild did not pay the tax"), "the guild didnt pay the tax", True),
    (EN, en("the guild did not pay the tax"), "the guild paid the tax", False),
    (EN, en("the guild paid the tax"), "the guild paid the tax", True),
    (RU, ru("налог был"), "налога небыло", False),
    (RU, ru("налога не было"), "налога небыло", True),
    (RU, ru("гильдия платила налог"), "гильдия нн платила налог", False),
    (RU, ru("гильдия не платила налог"), "гильдия нн платила налог", True),
    (RU, ru("гильдия платила налог"), "гильдия ен платила налог", False),
]


@pytest.mark.parametrize(("grader", "card", "typed", "right"), ROWS)
def test_negation_slips(grader: Grader, card: object, typed: str, right: bool) -> None:
    assert grader.grade(card, typed).correct is right


READINGS = [
    ("the mill didnt open", "en", "the mill did not open"),
    ("it wasnt open", "en", "it was not open"),
    ("it did nto open", "en", "it did not open"),
    ("the tenant paid", "en", "the tenant paid"),
    ("an ancient grant", "en", "an ancient grant"),
    ("he cant swim", "en", "he cant swim"),  # "cant" is a word: left
    ("налога небыло", "ru", "налога не было"),
    ("нн была", "ru", "не была"),
    ("небыли и сказки", "ru", "небыли и сказки"),  # "небыль", a fiction
    ("небо было ясным", "ru", "небо было ясным"),
]


@pytest.mark.parametrize(("text", "code", "read"), READINGS)
def test_reading(text: str, code: str, read: str) -> None:
    assert negation_slips(text, code) == read
