"""A noun in "-ца" after a figure is no verb's "-тся" written as heard (found checking round 43's figures): "три
месяца" is three months, never read "три месятся", which lost its unit and made "три года" of a siege's three years;
"уменьшица" is still "уменьшится". Invented cards on a siege."""

from __future__ import annotations

import pytest

from studybot.core.grading.heard import as_spelt
from tests.cards import point_made


@pytest.mark.parametrize(("point", "given", "right"), [
    ("осада длилась три года", "осада длилась три месяца", False),
    ("осада длилась три года", "осада длилась 3 месяца", False),
    ("осада длилась три года", "осада длилась три года", True),
    ("не менее трёх лет", "минимум три месяца", False),
    ("запасы уменьшатся", "запасы уменьшица", True),
])
def test_a_counted_noun_keeps_its_unit(point, given, right):
    assert point_made("Что известно об осаде?", point, given, "ru") is right


@pytest.mark.parametrize(("answer", "spelt"), [
    ("три месяца", None),
    ("за два месяца", None),
    ("уменьшица", "уменьшится"),
    ("он кажеца", "он кажется"),
])
def test_as_spelt_leaves_counted_nouns(answer, spelt):
    assert as_spelt(answer, "ru") == spelt
