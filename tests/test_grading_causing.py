"""A cause and its result said with another word of causing (`grading.causal_wordings`), and said the other way round
with any (`connectives.cause_turned`): "the drought caused a famine" is made by "the famine resulted from the
drought", "the famine was due to the drought", "there was a famine because of the drought", "the drought led to a
famine"; "the famine led to the drought", "the drought resulted from the famine", "because of the famine, there was
a drought" and "there was a famine, so there was a drought" fail it. Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made

DROUGHT = "the drought caused a famine"
RAIN = "a flood came because of the heavy rain"
SHIP = "the ship sank because it was overloaded"


@pytest.mark.parametrize(("point", "answer", "made"), [
    (DROUGHT, "there was a famine because of the drought", True),
    (DROUGHT, "the famine resulted from the drought", True),
    (DROUGHT, "the famine was due to the drought", True),
    (DROUGHT, "the drought led to a famine", True),
    (DROUGHT, "the drought brought about a famine", True),
    (DROUGHT, "the drought resulted in a famine", True),
    (DROUGHT, "the famine was the result of the drought", True),
    (DROUGHT, "the famine was caused by the drought", True),
    (DROUGHT, "because of the drought, there was a famine", True),
    (DROUGHT, "the famine caused the drought", False),
    (DROUGHT, "the drought resulted from the famine", False),
    (DROUGHT, "the famine led to the drought", False),
    (DROUGHT, "the famine brought about a drought", False),
    (DROUGHT, "there was a drought because of the famine", False),
    (DROUGHT, "because of the famine, there was a drought", False),
    (DROUGHT, "the drought was due to the famine", False),
    (DROUGHT, "the famine resulted in a drought", False),
    (RAIN, "the heavy rain led to a flood", True),
    (RAIN, "the heavy rain caused a flood", True),
    (RAIN, "the flood was due to the heavy rain", True),
    (RAIN, "the flood led to heavy rain", False),
    (RAIN, "the heavy rain was due to the flood", False),
    (SHIP, "the ship sank due to being overloaded", True),
    (SHIP, "the ship was overloaded because it sank", False),
    # a result said after its cause with "so" or "therefore", the other way round
    (DROUGHT, "there was a drought, so there was a famine", True),
    (DROUGHT, "there was a famine, so there was a drought", False),
    (DROUGHT, "a famine came, therefore a drought", False),
    (SHIP, "the ship was overloaded, so the ship sank", True),
    (SHIP, "it was overloaded, therefore the ship sank", True),
    (SHIP, "the ship sank, so it was overloaded", False),
    (SHIP, "the ship sank, therefore it was overloaded", False),
    # a cause said first ends at a comma: after a dash the rest explains it
    ("no ticket check is needed, so the boarding is faster",
     "because the boarding is faster - no ticket check is needed", True),
    ("лёд тает, потому что вода тёплая", "вода тёплая, поэтому лёд тает", True),
    ("лёд тает, потому что вода тёплая", "лёд тает, поэтому вода тёплая", False),
    ("лёд тает, потому что вода тёплая", "лёд тает, так что вода тёплая", False),
])
def test_a_cause_said_with_another_word_of_causing(point: str, answer: str, made: bool) -> None:
    language = "ru" if point[0] > "z" else "en"
    assert point_made("What happened?" if language == "en" else "Что происходит?", point, answer, language) is made
