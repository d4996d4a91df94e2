"""A card of money counted in a currency's word (`unit: francs`) is not answered by its figure counting another
thing: "1200 looms" is no 1200 francs. The bare figure, the figure in the currency, and a word of the card's own
("1200 for the looms" asked what the looms cost) stay right; a person counted or a word the language does not know
is left alone. Invented workshop."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import numeric

COST = numeric(1200, "francs", "1200 francs", prompt="How much did the Delorme workshop cost?")
LOOM = numeric(1200, "francs", "1200 francs", prompt="How much did each Delorme loom cost?")
RU = numeric(1200, "рублей", "1200 рублей", prompt="Сколько стоила мастерская Делорма?")


def grader(language: str = "en") -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                cards=()))


@pytest.mark.parametrize(("card", "given", "right"), [
    (COST, "1200 looms", False),
    (COST, "1200 loom", False),
    (COST, "1200", True),
    (COST, "1200 francs", True),
    (COST, "about 1200", True),
    (COST, "1200 francs for the looms", True),
    (COST, "1200 in total", True),
    (COST, "1200 dollars", False),
    (LOOM, "1200 per loom", True),
])
def test_a_figure_counting_another_thing(card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "right"), [("1200 лошадей", False), ("1200 рублей", True), ("1200", True)])
def test_in_russian(given: str, right: bool) -> None:
    assert grader("ru").grade(RU, given).correct is right
