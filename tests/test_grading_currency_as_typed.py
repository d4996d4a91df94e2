"""A figure typed with its currency is read with that currency, never again in other letters or with the other
keyboard layout on (issue #11): "500 евро" for a card asking pounds read as "500 ebpo" in Latin look-alikes, and
"500 рублей" for euros as the layout-switched "500 he,ktq", and both were then taken for a bare, right 500.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric


@pytest.mark.parametrize(("code", "unit", "given", "right"), [
    ("ru", "GBP", "500 евро", False),
    ("ru", "USD", "500 евро", False),
    ("ru", "EUR", "500 евро", True),
    ("ru", "GBP", "500 фунтов", True),
    ("ru", "GBP", "500", True),  # the figure without its currency: still the card's
    ("en", "EUR", "500 рублей", False),
    ("en", "EUR", "500 euros", True),
    ("en", "USD", "500 долларов", True),
])
def test_a_currency_as_typed_is_meant(code, unit, given, right):
    card = numeric(500, unit, f"500 {unit}", prompt="How much did it cost?")
    assert Grader(language=code).grade(card, given).correct is right


def test_the_other_layout_still_reads_a_word_typed_with_it():
    card = numeric(5, "двигателей", "5 двигателей", prompt="Сколько двигателей?")
    assert Grader(language="ru").grade(card, "5 ldbufntktq").correct
