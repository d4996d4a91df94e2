"""A sign that ends a short symbol is part of it (issue #11: "single letters, digits and signs are significant"):
"B-" is no "B" and no "B+", "Rh-" no "Rh+"; the hyphen of a word left hanging ("pre- and post-war") is no sign.
"neg" and "pos" are the clipped words learners type for "negative" and "positive". Invented cards (marks of an
essay, a tenant's ground floor, a sample's test)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, short

EN = Grader()
RU = Grader(language="ru")

MARK = short("B-", prompt="What mark did the essay get?")
SAMPLE = short("Rh negative", "Rh-", prompt="What did the sample test as?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (MARK, "B-", True),
    (MARK, "b-", True),
    (MARK, "a B-, sadly", True),
    (MARK, "B", False),
    (MARK, "B+", False),
    (SAMPLE, "Rh-", True),
    (SAMPLE, "rh neg", True),
    (SAMPLE, "Rh negative", True),
    (SAMPLE, "Rh", False),
    (SAMPLE, "Rh+", False),
    (SAMPLE, "Rh positive", False),
    # a hanging hyphen is no sign
    (short("pre-war and post-war housing", prompt="What did the survey cover?"), "pre- and post-war housing", True),
    (explain("short-term and long-term loans", prompt="What did the bank offer?"), "short- and long-term loans",
     True),
])
def test_a_sign_ends_a_short_symbol(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [("B-", True), ("B", False), ("B+", False)])
def test_a_sign_ends_a_short_symbol_in_russian(given, right):
    assert RU.grade(short("B-", prompt="Какую оценку получило сочинение?"), given).correct is right


def test_words_cut_at_a_sign():
    assert EN.prep("AB- or Rh+").words[:3] == ["ab-", "or", "rh+"]
    assert EN.prep("the AB - a rare one").words[:2] == ["the", "ab"]  # a dash apart is no sign
    assert "pre" in EN.prep("pre- or post-war").words


def test_a_prefix_written_with_its_hyphen_is_the_prefix():
    assert EN.grade(short("pre", prompt="Which prefix means 'before'?"), "pre-").correct
    assert RU.grade(short("бес", prompt="Какая приставка пишется перед глухой согласной?"), "бес-").correct
