"""Russian: being thrown back by a blow is said by "отбросить", "откинуть" or "отшвырнуть" alike
(`lexicon_ru_own_words`): "сторожа откинуло на несколько метров" makes "сторожа отшвырнуло на несколько метров", while
another motion ("подняло") does not. Invented witnesses."""

from __future__ import annotations

import pytest

from tests.cards import point_made

ROWS = [
    ("сторожа отшвырнуло на несколько метров", "сторожа откинуло на несколько метров", True),
    ("сторожа отшвырнуло на несколько метров", "сторожа отбросило на несколько метров", True),
    ("сторожа отшвырнуло на несколько метров", "сторожа подняло на несколько метров", False),
]


@pytest.mark.parametrize(("point", "given", "right"), ROWS)
def test_thrown_back_by_any_of_its_verbs(point, given, right):
    assert point_made("Что случилось?", point, given, "ru") is right
