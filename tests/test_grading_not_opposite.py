"""An English adjective of degree denied is its opposite degree ("not deep" is "shallow", "not too expensive"
"cheap"), and what did not last is short-lived (`en_not_opposite`): a point is made by the denied opposite, while
the opposite itself, the point's word denied and a verb after an auxiliary stay as they are. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.en_not_opposite import not_as_opposite
from tests.cards import point_made

POND = ("Why did the herons feed at Marrow Pond?", "the pond was shallow")
LOANS = ("Why did the weavers borrow from the guild?", "its loans were cheap")
TRUCE = ("What became of the Orsk truce?", "the truce was short-lived")


@pytest.mark.parametrize(("card", "given", "right"), [
    (POND, "the pond was shallow", True),
    (POND, "the pond was not deep", True),
    (POND, "because the pond wasn't very deep", True),
    (POND, "the pond was not too deep", True),
    (POND, "the pond was deep", False),
    (POND, "the pond was not shallow", False),
    (LOANS, "its loans were not expensive", True),
    (LOANS, "its loans were expensive", False),
    (LOANS, "its loans were not cheap", False),
    (TRUCE, "the truce did not last long", True),
    (TRUCE, "the truce didn't last", True),
    (TRUCE, "the truce lasted long", False),
    (TRUCE, "the truce was long-lived", False),
])
def test_a_denied_degree_makes_its_opposite(card: tuple[str, str], given: str, right: bool) -> None:
    assert point_made(*card, given) is right


@pytest.mark.parametrize(("text", "read"), [
    ("the pond was not deep", "the pond was shallow"),
    ("it was not at all strong", "it was weak"),
    ("the pond was not deep enough", "the pond was not deep enough"),  # `phrases._too` reads it
    ("not as deep as the lake", "not as deep as the lake"),  # a comparison
    ("they did not slow down", "they did not slow down"),  # a verb
    ("the clay did not dry", "the clay did not dry"),
    ("it was not hard", "it was not hard"),  # soft or easy: no one opposite
    ("the truce did not last longer than a week", "the truce did not last longer than a week"),
    ("the truce will not last", "the truce will be short-lived"),
])
def test_what_is_read_as_the_opposite(text: str, read: str) -> None:
    assert not_as_opposite(text) == read
