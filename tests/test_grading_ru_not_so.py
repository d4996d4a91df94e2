"""A quality denied its equal degree is its lesser degree, in Russian as in English (round 22): "глина не такая
вязкая", "не столь вязкая", "не настолько вязкая", "не так вязко" make a point "глина менее вязкая"; the degree still
counts ("глина вязкая", "глина более вязкая" do not), and a comparison with a second term, an idiom of amount or time
("не так много", "не так давно") is left as it is. General Russian (`ru_not_so`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_not_so import not_so_as_less
from tests.cards import one_point

CLAY = one_point("после просушки глина менее вязкая", "Что даёт просушка глины?")
KNEAD = one_point("после отдыха тесто месить менее трудно", "Зачем тесту дают отдохнуть?")

ROWS = [
    (CLAY, "после просушки глина не такая вязкая", True), (CLAY, "после просушки глина не столь вязкая", True),
    (CLAY, "после просушки глина не настолько вязкая", True),
    (CLAY, "после просушки глина вязкая", False), (CLAY, "после просушки глина более вязкая", False),
    (CLAY, "после просушки глина такая же вязкая", False),
    (KNEAD, "после отдыха тесто месить не так трудно", True),
    (KNEAD, "после отдыха тесто месить так же трудно", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_not_so_is_less(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("дорога не такая скользкая", "дорога менее скользкая"),
    ("не так скользко", "менее скользко"),
    ("не такая скользкая, как лед", "не такая скользкая, как лед"),  # a second term: a comparison
    ("не так много", "не так много"),  # an amount
    ("не так давно", "не так давно"),  # a time
    ("это не так", "это не так"),
])
def test_the_reading(text, read):
    assert not_so_as_less(text) == read
