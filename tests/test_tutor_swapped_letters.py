"""A short word typed with two neighbouring letters swapped ("tnak" for "tank") is read as the
one word of the pack it makes; words under five letters are otherwise never corrected. Invented notes, no pack's
words.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.swaps import swapped
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def mill():
    return tutor_on(
        "The Asker mill was built in 1802 on the river Lunn.\n"
        "Its great tank held the water that turned the wheel in dry months.\n"
        "The mill burned down in 1871 and was never rebuilt.", "The Asker mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("what did the tnak hold?", "held the water"),
    ("when did the mlil burn down?", "1871"),
])
def test_a_short_word_with_two_letters_swapped_is_read(mill, question, fact):
    assert says(mill, question, fact)


@pytest.mark.parametrize(("word", "read"), [
    ("tnak", "tank"),
    ("mlil", "mill"),
    ("tank", "tank"),  # a word of the pack as it is
    ("tnka", "tnka"),  # two swaps away
    ("ntak", "ntak"),  # the first letter stays
    ("odl", "odl"),  # too short to read
])
def test_which_words_are_read(word, read):
    assert swapped(word, {"tank", "mill", "old", "water"}) == read


def test_two_words_it_could_be_leave_it_as_typed():
    assert swapped("tnka", {"tank", "takn"}) == "tnka"  # no swap makes either
    assert swapped("sotp", {"stop", "soft", "spot"}) == "stop"  # one swap makes "stop" only
    assert swapped("abcd", {"acbd", "abdc"}) == "abcd"  # two words: not read


def test_what_the_notes_do_not_say_is_still_declined(mill):
    assert mill.ask("who owned the tnak?").kind == "decline"
