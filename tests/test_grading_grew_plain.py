"""Becoming so said by "grow" before a plain adjective ("the crew grew thirsty": became thirsty, as "got thirsty"), not
a rise of a quantity; never before an adjective of size, where the growth is the point ("the town grew large"), a
noun or an adverb ("grew up", "grew well"). And an English word one slip from a number word ("thirsty" / "thirty",
"nicety" / "ninety") is that word, never the figure. Cards on invented subjects of no pack (a drover's crew, a
brewer's vats, a hamlet)."""

from __future__ import annotations

import pytest

from studybot.core import numbers_en
from studybot.core.comparisons import rewrite_comparisons
from studybot.core.grading import Grader

from .cards import one_point

EN = Grader()

CREW = one_point("the drovers grew thirsty", "What happened on the trail?")
CREW_BECAME = one_point("the drovers became thirsty", "What happened on the trail?")
VATS = one_point("the brewers grew weary of the vats", "How did the brewers feel?")
HAMLET = one_point("the hamlet grew large", "What happened to the hamlet?")
ORPHANS = one_point("the orphans grew up in the abbey", "Where did the orphans live?")

ROWS = [
    (CREW, "the drovers grew thirsty", True),
    (CREW, "the drovers became thirsty", True),
    (CREW, "the drovers got thirsty", True),
    (CREW, "the drovers grew hungry", False),
    (CREW, "the drovers grew", False),
    (CREW, "the drovers did not grow thirsty", False),
    (CREW_BECAME, "the drovers grew thirsty", True),
    (CREW_BECAME, "the drovers grew tired", False),
    (VATS, "the brewers became weary of the vats", True),
    (VATS, "the brewers grew fond of the vats", False),
    # size is the growth itself: "grew large" is no "became large" alone, nor is "grew up" a becoming
    (HAMLET, "the hamlet grew large", True),
    (HAMLET, "the hamlet grew small", False),
    (ORPHANS, "the orphans grew up in the abbey", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_grew_before_a_plain_adjective_is_becoming(card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace


@pytest.mark.parametrize(("text", "becoming"), [
    ("the drovers grew thirsty", True),
    ("the drovers grew tired", True),
    ("the drovers grew richer", True),
    ("the hamlet grew large", False),  # size: the growth itself
    ("the orphans grew up", False),  # a particle
    ("the barley grew well", False),  # an adverb
    ("the drovers grew wheat", False),  # a noun
    ("the barley grew fast", False),  # speed
    ("the harvest grew two times", False),  # a count: the factor of a growth
    ("the harvest grew tenfold", False),
])
def test_which_growing_is_becoming(text: str, becoming: bool) -> None:
    assert ("became" in rewrite_comparisons(text, "en", frozenset())) is becoming


@pytest.mark.parametrize(("text", "read"), [
    ("the drovers grew thirsty", "the drovers grew thirsty"),
    ("a nicety of the law", "a nicety of the law"),
    ("about thirty drovers", "about 30 drovers"),
    ("sixten drovers", "16 drovers"),  # a slip of a long number word is still read
    ("seventen barrels", "17 barrels"),
])
def test_a_word_of_its_own_is_no_number_slip(text: str, read: str) -> None:
    assert numbers_en.words_to_digits(text) == read
