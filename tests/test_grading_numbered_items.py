"""Numbered things of one noun named by their numbers alone ("I, III and IV", "chapters one, three and four",
"главы 2 и 5", "the first, third and fourth chapters"): the noun the card's items share ("chapter I", "chapter
III") goes before each number; a number that is none of the items is still wrong. Invented subjects
(`grading.numbered`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.numbered import numbers_with_head
from studybot.core.packs import Card, Keypoint, Pack, Section

READINGS = [
    ("I, III and IV", ("chapter I", "chapter III", "chapter IV"), "en", "chapter I, chapter III, chapter IV"),
    ("chapters one, three and four", ("chapter I", "chapter III"), "en", "chapter 1, chapter 3, chapter 4"),
    ("2 и 5", ("глава 2", "глава 5"), "ru", "глава 2, глава 5"),
    ("главы вторая и пятая", ("глава 2", "глава 5"), "ru", "глава 2, глава 5"),
    ("the first, third and fourth chapters", ("chapter I", "chapter III"), "en", "chapter 1, chapter 3, chapter 4"),
    ("the second and the fifth chapter", ("chapter I", "chapter III"), "en", "chapter 2, chapter 5"),
    ("первая и четвёртая главы", ("глава 1", "глава 4"), "ru", "глава 1, глава 4"),
    ("the first three chapters", ("chapter I", "chapter III"), "en", None),  # a count, no list of numbers
    ("I, III", ("chapter I", "section III"), "en", None),  # no one noun
    ("the first and the last", ("chapter I", "chapter III"), "en", None),  # no numbers
    ("III", ("chapter I", "chapter III"), "en", None),  # one number is no list
]


@pytest.mark.parametrize(("answer", "points", "code", "reading"), READINGS)
def test_numbers_alone_get_the_noun_of_the_items(answer, points, code, reading):
    assert numbers_with_head(answer, points, code) == reading


GRADED = [
    ("I, III and IV", True),
    ("chapters 1, 3 and 4", True),
    ("chapters one, three and four", True),
    ("the first, third and fourth chapters", True),
    ("the first, the third and the fourth chapter", True),
    ("the first, second and fourth chapters", False),
    ("the first and third chapters", False),  # two of three
    ("I, II and IV", False),
    ("chapters one, two and four", False),
]


@pytest.mark.parametrize(("answer", "right"), GRADED)
def test_a_list_of_numbered_things_answered_by_numbers(answer, right):
    card = Card(id="l", section="s", kind="list", prompt="Which chapters of the charter deal with trade?",
                answer="Chapters I, III and IV", keypoints=tuple(Keypoint(p, ()) for p in
                                                               ("chapter I", "chapter III", "chapter IV")))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
