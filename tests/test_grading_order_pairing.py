"""Order cards: a piece of the answer is paired with an item by the answer as a whole, not surest pair
first, so a word two items share ("balloon" in "the first balloon" and "on Balloon-2") cannot take the
only item another piece names ("Bella"). Invented subjects (`grading.assignment`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.assignment import best_pairing
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")

# a word two items share ("balloon") fits the shorter item a little better; the piece that names that item
# alone ("Bella") must still get it
BALLOONS = Card(id="o", section="s", kind="order", prompt="Put the flights in order.", answer="",
                items=("The launch of the very first hot-air balloon from the square", "Bella flies on Balloon-2",
                       "The crossing of the Channel", "The first flight over the Alps"))
SHIPS = Card(id="o", section="s", kind="order", prompt="Расположите события по порядку.", answer="",
             items=("Спуск на воду первого атомного ледокола в Ленинграде", "Рейс Белки на «Ледоколе-2»",
                    "Переход Северным морским путём", "Зимовка у мыса Дежнёва"))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, BALLOONS, "balloon, Bella, Channel, Alps", True),
    (EN, BALLOONS, "Bella, balloon, Channel, Alps", False),  # the first two the other way round
    (EN, BALLOONS, "balloon, Bella, Alps, Channel", False),
    (RU, SHIPS, "ледокол, Белка, Северный морской путь, Дежнёв", True),
    (RU, SHIPS, "Белка, ледокол, Северный морской путь, Дежнёв", False),
])
def test_pieces_paired_with_items_by_the_whole_answer(grader, card, given, right):
    assert grader.grade(card, given, shown=card.items).correct is right


@pytest.mark.parametrize(("weights", "pairing"), [
    ([[1.0, 1.01], [0.0, 1.0]], [0, 1]),  # the first piece gives way to the second's only item
    ([[1.0, 0.0], [0.0, 0.0]], [0, -1]),  # a piece that fits nothing is paired with nothing
    ([[0.5], [0.9], [0.2]], [-1, 0, -1]),  # more pieces than items
    ([[0.3, 0.2, 0.9]], [2]),  # more items than pieces
    ([], []),
])
def test_best_pairing(weights, pairing):
    assert best_pairing(weights) == pairing


# the last two items joined by "and" ("..., the Channel and finally the Alps") are two pieces; an item whose own
# words hold "and" stays one when the pieces are already all there
VOYAGES = Card(id="o", section="s", kind="order", prompt="Put the voyages in order.", answer="",
               items=("The raft leaves Callao", "Storms and calm off the Marquesas", "The raft reaches Raroia",
                      "The crew flies home"))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, BALLOONS, "balloon, Bella, Channel and finally Alps", True),
    (EN, BALLOONS, "balloon, Bella, Alps and the Channel", False),
    (RU, SHIPS, "ледокол, Белка, Северный морской путь и Дежнёв", True),
    (EN, VOYAGES, "leaves Callao, storms and calm off the Marquesas, reaches Raroia, flies home", True),
    (EN, VOYAGES, "leaves Callao, reaches Raroia, storms and calm, flies home", False),
])
def test_the_last_two_items_joined_by_and(grader, card, given, right):
    assert grader.grade(card, given, shown=card.items).correct is right
