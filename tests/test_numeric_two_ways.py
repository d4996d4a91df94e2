"""A figure a text gives two ways ("about 150 cables, 149 to be exact"), written as docs/writing-packs.md says: the
exact one as `value` with no tolerance and the round one in `accept`. The round figure and the exact one are right, a
figure near both is not (a blind author could not say this with a tolerance). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN, RU = Grader(), Grader(language="ru")
CABLES = Card(id="n", section="s", kind="numeric", prompt="How many steel cables hold the shaft?", answer="149",
              number=NumberSpec(value=149), accept=("about 150",))
KANATY = Card(id="n", section="s", kind="numeric", prompt="Сколько стальных канатов стягивают ствол?", answer="149",
              number=NumberSpec(value=149), accept=("около 150",))


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, CABLES, "149", True), (EN, CABLES, "about 150", True), (EN, CABLES, "150", True),
    (EN, CABLES, "nearly 150 cables", True), (EN, CABLES, "148", False), (EN, CABLES, "about 148", False),
    (EN, CABLES, "200", False),
    (RU, KANATY, "149", True), (RU, KANATY, "около 150", True), (RU, KANATY, "примерно 150 канатов", True),
    (RU, KANATY, "148", False), (RU, KANATY, "около 140", False),
])
def test_a_figure_given_two_ways(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right
