"""Becoming so under "раз-" / "рас-" (round 22): a verb made of an adjective ("богатеть", of "богатый") is the same
verb with "раз-" in its other aspect ("разбогател" / "богател"), as an aspect prefix is; "раз-" of undoing or parting
("разгрузил" / "грузил", "разлетелся" / "летел") stays another verb, since those verbs are made of no adjective the
Russian tables know. General Russian (`ru_families.inchoative_pair`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_families import inchoative_pair
from tests.cards import one_point

TOWN = one_point("посад разбогател на ярмарке", "Что дала посаду ярмарка?")

ROWS = [
    (TOWN, "посад богател на ярмарке", True), (TOWN, "посад разбогател на ярмарке", True),
    (TOWN, "посад обеднел на ярмарке", False), (TOWN, "посад не богател на ярмарке", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_becoming_so_in_either_aspect(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("a", "b", "pair"), [
    ("разбогател", "богател", True), ("богатеет", "разбогатеет", True),
    ("разгрузил", "грузил", False),  # undoing
    ("разлетелся", "летел", False),  # parting
    ("рассмотрел", "смотрел", False),  # another verb, of no adjective
])
def test_the_pair(a, b, pair):
    ru = language("ru")
    assert inchoative_pair(a, ru.stem(a), b, ru.stem(b)) is pair
