"""A formula typed another way is the formula: a power with a caret ("P^2" for "P²"), factors apart by spaces, "*"
or "·" ("P^2 k s", "P2*k*s" for "P²ks"), on a short card and among a choice card's options; a power on another
factor ("P k^2 s"), a factor left out and another formula stay wrong, and a text with a word in it is no formula
(`grading.formulas`). Invented formulas of a miller's wheel."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.formulas import formula_key
from studybot.core.packs import Card

from .cards import short

WHEEL = short("W = P²ks", prompt="Which formula gives the wheel's work?")
CHOICE = Card(id="d", section="s", kind="choice", prompt="Which formula gives the wheel's work?", answer="W = P²ks",
              options=("W = P²ks", "W = Pk²s", "P = W/s"))


@pytest.mark.parametrize(("card", "code", "answer", "right"), [
    (WHEEL, "en", "W = P^2 k s", True),
    (WHEEL, "en", "W = P^2 * k * s", True),
    (WHEEL, "en", "W = P2·k·s", True),
    (WHEEL, "ru", "W = P^2 k s", True),
    (WHEEL, "en", "W = P k^2 s", False),
    (WHEEL, "en", "W = P k s", False),
    (WHEEL, "en", "W = P^3 k s", False),
    (CHOICE, "en", "W = P^2 k s", True),
    (CHOICE, "en", "W = P^2 * k * s", True),
    (CHOICE, "ru", "W = P^2 k s", True),
    (CHOICE, "en", "W = P k^2 s", False),
    (CHOICE, "en", "P = W / s", False),
    (CHOICE, "en", "W = P k s", False),
])
def test_a_formula_typed_another_way(card, code, answer, right):
    assert Grader(language=code).grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "key"), [
    ("W = P²ks", "w=p2ks"),
    ("W = P^2 * k * s", "w=p2ks"),
    ("W = work of the wheel", ""),
    ("P2ks", ""),
])
def test_formula_key(text, key):
    assert formula_key(text) == key
