"""A reciprocal pronoun ("each other", "one another", "друг друга", "друг с другом") is no opposite of a point's
word: its "other" says nothing against "the same", its "друг" is no friend against an enemy (`reciprocals`,
read by `meaning.opposed`). Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.reciprocals import paired_ones, reciprocal

EN = Grader()
RU = Grader(language="ru")

TOWERS = Card(id="c", section="s", kind="explain", prompt="Why does the bridge between the towers stay flat?",
              answer="The two towers stand at the same height.",
              keypoints=(Keypoint("the two towers stand at almost the same height", ("the towers are level",)),))
RIVALS = Card(id="c", section="s", kind="explain", prompt="Почему торговые дома не объединились?",
              answer="Они были врагами.", keypoints=(Keypoint("торговые дома были врагами"),))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TOWERS, "the towers are level", True),
    (EN, TOWERS, "the towers are level with each other", True),
    (EN, TOWERS, "the towers are level with one another", True),
    (EN, TOWERS, "the towers are at a different height", False),
    (EN, TOWERS, "one tower is higher than the other", False),
    (RU, RIVALS, "торговые дома были врагами друг другу", True),
    (RU, RIVALS, "торговые дома были друзьями", False),
])
def test_a_reciprocal_is_no_opposite(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("grader", "text", "at", "is_reciprocal"), [
    (EN, "level with each other", 3, True),
    (EN, "level with one another", 3, True),
    (EN, "the other tower", 1, False),
    (RU, "спорили друг с другом", 1, True),
    (RU, "спорили друг с другом", 3, True),
    (RU, "старый друг семьи", 1, False),
])
def test_the_halves_of_a_reciprocal(grader, text, at, is_reciprocal):
    assert reciprocal(grader.prep(text), at) is is_reciprocal


# the "one" of "one ... the other" is a pronoun, read as the figure 1 but counting nothing: an answer that counts the
# things the point pairs ("the two viruses") gives no other count (`reciprocals.paired_ones`, read by
# `grading.counted.other_count_before`); a point that does count keeps its count
PAIRED = Card(id="c", section="s", kind="explain", prompt="Why did the old grafting work?",
              answer="The pear and quince trees are so alike that a shoot of one grows on the other.",
              keypoints=(Keypoint("the pear and quince trees are so alike that a shoot of one grows on the other",
                                  ("the trees are alike so the shoots take",)),))
COUNTED = Card(id="c", section="s", kind="explain", prompt="What did the gardener graft?",
               answer="One pear shoot onto the quince tree.",
               keypoints=(Keypoint("he grafted 1 pear shoot onto the quince tree",
                                   ("a pear shoot went onto the quince",)),))


@pytest.mark.parametrize(("card", "given", "right"), [
    (PAIRED, "the pear and quince trees are so alike that a shoot of one grows on the other", True),
    (PAIRED, "the two trees are alike so the shoots take", True),
    (PAIRED, "the trees are alike so the shoots take", True),
    (PAIRED, "the two trees were watered every day", False),
    (COUNTED, "he grafted 1 pear shoot onto the quince tree", True),
    (COUNTED, "3 pear shoots went onto the quince", False),
])
def test_one_of_a_pair_counts_nothing(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("grader", "text", "ones"), [
    (EN, "immunity to one protects against the other", {2}),
    (EN, "one tree grows on another", {0}),
    (EN, "he grafted one shoot onto the tree", set()),
    (RU, "иммунитет к одному защищает от другого", {2}),
    (RU, "он привил один побег", set()),
])
def test_the_one_of_a_pair(grader, text, ones):
    assert paired_ones(grader.prep(text)) == frozenset(ones)
