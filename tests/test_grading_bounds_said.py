"""A bound on a figure said another way (core/bound_words.py): "over", "above", "in excess of" and
"upwards of" a figure say what "more than" says; "under" and "below" a figure what "less than" says. The
bound is read, not dropped: "under 120 years" is not "over 120 years", and a bound the answer leaves out
is missing. Invented cards; "over" and "under" that bound no figure stay function words."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, short

GRADER = Grader()


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("more than 120 years", "over 120 years", True),
    ("more than 120 years", "in excess of 120 years", True),
    ("It stood for more than 120 years", "it stood for over 120 years", True),
    ("over 120 years", "more than 120 years", True),
    ("above 40%", "more than 40%", True),
    ("below 30%", "under 30%", True),
    ("less than 30%", "below 30%", True),
    ("fewer than twenty ships", "under twenty ships", True),
    ("more than 120 years", "under 120 years", False),
    ("over 120 years", "less than 120 years", False),  # the bound flipped
    ("below 30%", "above 30%", False),
    ("over 120 years", "120 years", False),  # the bound left out
    ("over the river", "across the river", True),  # no figure: "over" stays a function word
])
def test_bounds(answer: str, given: str, right: bool) -> None:
    verdict = GRADER.grade(short(answer), given)
    assert verdict.correct is right, verdict.trace


def test_a_bound_in_a_keypoint() -> None:
    card = explain("the bridge stood more than 120 years", "it was built of iron")
    assert GRADER.grade(card, "it was built of iron and the bridge lasted over 120 years").correct
    assert not GRADER.grade(card, "it was built of iron and the bridge lasted under 120 years").correct


@pytest.mark.parametrize(("given", "right"), [
    ("the bridge stood for over a hundred years", True),  # a number word after "a"
    ("the bridge stood for upwards of a hundred years", True),
    ("the bridge stood for under a hundred years", False),
    ("the bridge stood for a hundred years", False),  # the bound left out
])
def test_a_bound_before_a_number_word_with_its_article(given: str, right: bool) -> None:
    card = explain("the bridge stood for more than a century", prompt="How long did the bridge stand?")
    assert GRADER.grade(card, given).correct is right
