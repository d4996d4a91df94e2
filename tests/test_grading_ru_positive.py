"""A comparative with nothing to compare with, said by its plain adjective (round 21): "Чем паровоз хуже тепловоза?"
"паровоз тяжелее" is made by "паровоз тяжёлый", "дороже" by "дорогой", "легче" by "лёгкий"; the other pole ("лёгкий"
for "тяжелее") stays wrong, and so does a plain adjective for a comparison with its second term ("легче воды": not
"лёгкий") or an answer that compares itself ("тяжелее вагона" answers by its own comparison). General Russian
(`ru_positive`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

HEAVY = one_point("паровоз тяжелее", "Чем паровоз хуже тепловоза?")
DEAR = one_point("медь дороже", "Чем медный провод хуже алюминиевого?")
LIGHT = one_point("пробка легче", "Чем пробковый поплавок лучше деревянного?")
FLOAT = one_point("пробка легче воды", "Почему пробка плавает?")

ROWS = [
    (HEAVY, "паровоз тяжёлый", True), (HEAVY, "он тяжелый", True), (HEAVY, "паровоз лёгкий", False),
    (HEAVY, "паровоз не тяжёлый", False), (HEAVY, "паровоз медленный", False),
    (DEAR, "медь дорогая", True), (DEAR, "медь дешёвая", False),
    (LIGHT, "пробка лёгкая", True), (LIGHT, "пробка тяжёлая", False),
    (FLOAT, "пробка лёгкая", False), (FLOAT, "пробка легче воды", True), (FLOAT, "пробка тяжелее воды", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_bare_comparative_is_made_by_its_plain_adjective(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
