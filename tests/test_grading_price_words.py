"""A price said by the word of its level or its change (issue #11): "oil got cheaper" makes "the fall in oil
prices", "нефть подешевела" makes "падение цен на нефть", "хлеб стал дороже" makes "цены на хлеб выросли"; the other
direction stays the other direction ("нефть подорожала", "bread got cheaper"). Invented cards (`price_words`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.price_words import price_said
from tests.cards import explain

GRADED = [
    ("en", "the fall in oil prices", "oil got cheaper", True),
    ("en", "the fall in oil prices", "cheaper oil", True),
    ("en", "the fall in oil prices", "oil got dearer", False),
    ("en", "bread prices rose", "bread became more expensive", True),
    ("en", "bread prices rose", "bread got cheaper", False),
    ("ru", "падение цен на нефть", "нефть подешевела", True),
    ("ru", "падение цен на нефть", "нефть стала дешевле", True),
    ("ru", "падение цен на нефть", "нефть подорожала", False),
    ("ru", "падение цен на нефть", "нефть не подешевела", False),
    ("ru", "рост стоимости жилья", "жилье подорожало", True),
    ("ru", "рост стоимости жилья", "жилье подешевело", False),
    ("ru", "цены на хлеб выросли", "хлеб подешевел", False),
]


@pytest.mark.parametrize(("code", "point", "given", "right"), GRADED)
def test_a_price_said_by_its_level_or_change(code, point, given, right):
    card = explain(point, prompt="Why?" if code == "en" else "Почему?")
    assert Grader(language=code).grade(card, given).correct is right


def test_only_a_noun_of_price_is_found_so():
    assert price_said("цен", ["нефт", "подешевел"], (0, 1), "ru") == 1
    assert price_said("нефт", ["нефт", "подешевел"], (0, 1), "ru") == -1
    assert price_said("price", ["oil", "got"], (0, 1), "en") == -1
