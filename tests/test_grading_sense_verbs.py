"""A quality said through a sense is the quality: "the soup tastes less salty" is "the soup is less salty", "the
sky looked grey" "the sky was grey" and the other way round (`linking.senses_as_copula`); the opposite quality, the
other direction or the other quality make no such point. Each point is the second of two, made after the first
("X, so Y"), where a point's every word counts. And a quality denied its equal degree is its lesser one: "not so
salty", "not as salty" are "less salty" (`linking.not_so_as_less`), not "not salty", nor "not as sweet", nor
"saltier". Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.linking import not_so_as_less, senses_as_copula
from studybot.core.packs import Pack, Section
from tests.cards import explain

ROWS = [
    ("the soup tastes less salty", "the soup is less salty", True),
    ("the soup tastes less salty", "the soup becomes less salty", True),
    ("the soup is less salty", "the soup tastes less salty", True),
    ("the sky looked grey", "the sky was grey", True),
    ("the cloth feels smoother", "the cloth is smoother", True),
    ("the bell sounds louder", "the bell is louder", True),
    ("the soup tastes less salty", "the soup is more salty", False),
    ("the soup tastes less salty", "the soup tastes saltier", False),
    ("the soup tastes less salty", "the soup is less sweet", False),
    ("the sky looked grey", "the sky was blue", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), ROWS)
def test_a_quality_said_through_a_sense_is_the_quality(point, answer, right):
    card = explain("the cook adds water", point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, f"the cook adds water, so {answer}").correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("the tea tastes bitter", "the tea is bitter"),
    ("it smelt sweeter", "it was sweeter"),
    ("the nurse looks after the patients", "the nurse looks after the patients"),
    ("she felt around in the dark", "she felt around in the dark"),
    ("they taste the soup", "they taste the soup"),
])
def test_only_a_quality_after_a_verb_of_the_senses_makes_it_the_copula(text, read):
    assert senses_as_copula(text) == read


NOT_SO = [
    ("the soup tastes less salty", "the soup is not so salty", True),
    ("the soup tastes less salty", "the soup is not as salty", True),
    ("the soup is less salty", "the soup tasted not so salty", True),
    ("the soup tastes less salty", "the soup is not salty", False),
    ("the soup tastes less salty", "the soup is not as sweet", False),
    ("the soup tastes less salty", "the soup is so salty", False),
    ("the soup is saltier", "the soup is not as salty", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), NOT_SO)
def test_a_quality_denied_its_equal_degree_is_its_lesser_degree(point, answer, right):
    card = explain("the cook adds water", point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, f"the cook adds water, so {answer}").correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("it is not so bitter", "it is less bitter"),
    ("it is not as bitter", "it is less bitter"),
    ("it was not so much bitter as sour", "it was not so much bitter as sour"),
    ("it is not as bitter as the last", "it is not as bitter as the last"),
    ("not as a rule", "not as a rule"),
])
def test_only_a_quality_without_a_second_term_is_read_as_less(text, read):
    assert not_so_as_less(text) == read
