"""English "little" before an adjective and a plural is of size, whatever verb the plural might be: "little wooden
boxes", "little painted wooden boxes" are small boxes, not few of them ("boxes" is also a verb, which kept "little"
of amount before it). "little water flows", "little light reaches seedlings" keep their "little" of amount.
Invented clockmakers."""

from __future__ import annotations

import pytest

from studybot.core.lexicon import STOP
from studybot.core.little_ones import small_ones
from tests.cards import point_made, short


@pytest.mark.parametrize(("text", "read"), [
    ("little wooden boxes", "small wooden boxes"),
    ("little painted wooden boxes", "small painted wooden boxes"),
    ("little plastic cups", "small plastic cups"),
    ("little old crates", "small old crates"),
    ("little iron pellets", "small iron pellets"),
    ("little water flows", "little water flows"),
    ("little light reaches the floor", "little light reaches the floor"),
    ("little light reaches seedlings", "little light reaches seedlings"),
    ("very little fresh water flows", "very little fresh water flows"),
    ("little rain falls", "little rain falls"),
])
def test_little_of_size_before_adjectives(text: str, read: str) -> None:
    assert small_ones(text, STOP) == read


@pytest.mark.parametrize(("given", "made"), [
    ("in little wooden boxes", True),
    ("they used little painted wooden boxes", True),
    ("in big wooden boxes", False),
])
def test_a_point_of_small_boxes(given: str, made: bool) -> None:
    assert point_made("How did the Osler clockmakers pack their parts?", "they packed parts in small boxes",
                      given) is made


@pytest.mark.parametrize(("given", "right"), [("little wooden boxes", True), ("large wooden boxes", False)])
def test_a_short_answer(given: str, right: bool) -> None:
    from studybot.core.grading import Grader
    from studybot.core.packs import Pack, Section

    grader = Grader.for_pack(Pack(id="p", title="p", sections=(Section("s", "S", "notes"),), cards=()))
    card = short("small wooden boxes", prompt="What did the Osler clockmakers pack parts in?")
    assert grader.grade(card, given).correct is right
