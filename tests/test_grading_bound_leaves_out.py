"""A bound in the answer that leaves the card's own figure out (core/grading/bound_sides.py `leaves_out`): on a card
whose answer bounds nothing, "at most 900 times" or "максимум в 900 раз" says the figure is not 1000, though the bare
"900 times" is within the card's tolerance. A bound that keeps the figure in ("over 900 times", "не менее чем в 900
раз"), a figure nearly reached ("nearly 900") and a bare figure are judged on the figure as before. Invented cards:
a lamp against a candle, a well's depth, a ferry's crossing, a village's ships, a fare."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()
RU = Grader(language="ru")


def numeric(value: float, unit: str, answer: str, tolerance: float, prompt: str = "How much?") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


BRIGHTER = numeric(1000, "times", "1000 times", 100, "How many times brighter than a candle is the lamp?")
ЯРЧЕ = numeric(1000, "раз", "в 1000 раз", 100, "Во сколько раз лампа ярче свечи?")
DEPTH = numeric(1000, "m", "1000 m", 100, "How deep is the well?")
ГЛУБИНА = numeric(1000, "м", "1000 м", 100, "Какова глубина колодца?")
CROSSING = numeric(2, "hours", "2 hours", 0.5, "How long is the ferry's crossing?")
SHIPS = numeric(50, "", "50", 10, "How many ships did the village have?")
FARE = numeric(50, "USD", "$50", 10, "What was the fare?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, BRIGHTER, "at most 900 times", False),
    (EN, BRIGHTER, "no more than 900 times", False),
    (EN, BRIGHTER, "less than 900 times", False),
    (EN, BRIGHTER, "at least 1100 times", False),
    (EN, BRIGHTER, "900 times", True),  # the bare figure, within the tolerance
    (EN, BRIGHTER, "over 900 times", True),  # a bound that keeps 1000 in
    (EN, BRIGHTER, "at most 1000 times", True),
    (RU, ЯРЧЕ, "максимум в 900 раз", False),
    (RU, ЯРЧЕ, "не более чем в 900 раз", False),
    (RU, ЯРЧЕ, "менее чем в 900 раз", False),
    (RU, ЯРЧЕ, "не менее чем в 1100 раз", False),
    (RU, ЯРЧЕ, "в 900 раз", True),
    (RU, ЯРЧЕ, "более чем в 900 раз", True),
    (RU, ЯРЧЕ, "минимум в 900 раз", True),
    (EN, DEPTH, "up to 900 m", False),
    (EN, DEPTH, "under 900 m", False),
    (EN, DEPTH, "nearly 950 m", True),  # nearly reached: near the figure, no bound
    (EN, DEPTH, "at least 900 m", True),
    (RU, ГЛУБИНА, "не более 900 м", False),
    (RU, ГЛУБИНА, "почти 950 м", True),
    (EN, CROSSING, "at most 90 minutes", False),
    (EN, CROSSING, "at least 90 minutes", True),
    (EN, SHIPS, "fewer than 45", False),
    (EN, SHIPS, "about 45", True),
    (EN, FARE, "under $45", False),
    (EN, FARE, "up to $50", True),
])
def test_a_bound_that_leaves_the_figure_out(grader: Grader, card: Card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, verdict.trace


def test_a_bound_card_keeps_its_own_rule() -> None:
    """On a card whose answer is a bound, the bound on the same side is judged on its figure, as before."""
    card = numeric(90, "%", "more than 90%", 0, "What share of the ships came back?")
    assert EN.grade(card, "over 90 percent").correct
    assert not EN.grade(card, "less than 90%").correct
