"""An English amount all but none said as a very low one (`en_near_zero`, issue #11): "the draught had fallen nearly to
nothing", "the draught was almost zero" make "the draught in the flue was very low"; a figure near zero with its unit,
and "almost nothing changed", stay as said. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.en_near_zero import near_zero_as_low
from studybot.core.grading import Grader
from tests.cards import one_point

DRAUGHT = one_point("the draught in the flue was very low", "Why did the kiln go out?")

ROWS = [
    (DRAUGHT, "the draught in the flue had fallen nearly to nothing", True),
    (DRAUGHT, "the draught in the flue was almost zero", True),
    (DRAUGHT, "the draught in the flue dropped close to zero", True),
    (DRAUGHT, "the draught in the flue was very strong", False),
    (DRAUGHT, "the draught in the flue was far from zero", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_near_zero_is_very_low(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(preparing, "near_zero_as_low", lambda text: text)
    assert not Grader().grade(card, given).correct


@pytest.mark.parametrize(("text", "read"), [
    ("the flow was close to zero", "the flow was very low"),
    ("the stock fell to next to nothing", "the stock fell very low"),
    ("the stock was cut to almost nothing", "the stock was cut very low"),
    ("almost nothing changed", "almost nothing changed"),  # a change denied
    ("the pond was close to 0 degrees", "the pond was close to 0 degrees"),  # a figure
    ("the pond was almost zero degrees", "the pond was almost zero degrees"),  # a measure with its unit
    ("the tax was nearly zero percent", "the tax was nearly zero percent"),
])
def test_the_reading(text, read):
    assert near_zero_as_low(text) == read
