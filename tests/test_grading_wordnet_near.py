"""WordNet's words near in a first sense of both (`wordnet.near`, tools/build_wordnet_near.py), read by the grader
beside the frequent senses' synonyms (`meaning.near`): a keypoint's word said by a seldom tagged word of one of its
first two senses. Cards on invented subjects (a ferry, a field, a chisel), so a rule that passes is one of English;
each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core import meaning, wordnet
from studybot.core.grading import Grader

from .cards import one_point

EN = Grader()

FERRY = one_point("the winter crossing was dangerous", "Why did the ferrymen stop in January?")
FIELD = one_point("the upper field was barren", "Why was the upper field left to sheep?")
CHISEL = one_point("the old chisel was still handy", "Why did the carver keep the old chisel?")
MISTAKEN = one_point("the winter crossing was dangerous", "Why did the ferrymen stop in January?", "it was risky")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a seldom tagged adjective near the point's in a first sense of both
    (FERRY, "the winter crossing was risky", True),
    (FERRY, "the winter crossing was perilous", True),
    (FIELD, "the upper field was infertile", True),
    (CHISEL, "the old chisel was still useful", True),
    # its opposite, or a word of no first sense of it, still does not make it
    (FERRY, "the winter crossing was safe", False),
    (FERRY, "the winter crossing was easy", False),
    (FIELD, "the upper field was fertile", False),
    (FIELD, "the upper field was wet", False),
    (CHISEL, "the old chisel was still blunt", False),
    # the point's other words are still asked for
    (FERRY, "the summer crossing was risky", False),
    # a word of the card's known mistakes is never taken for the point's
    (MISTAKEN, "the winter crossing was risky", False),
])
def test_a_near_word_makes_the_point(card: object, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)  # type: ignore[arg-type]
    assert verdict.correct is right, verdict.trace


def test_the_shipped_field_pairs_both_ways_and_never_opposites() -> None:
    assert ("risky", "a") in wordnet.near("dangerous", "a") and ("dangerous", "a") in wordnet.near("risky", "a")
    assert meaning.near("dangerous", "risky") and meaning.near("barren", "infertile")
    assert not meaning.near("dangerous", "safe") and not meaning.near("barren", "fertile")
    checked = 0
    for word in ("dangerous", "barren", "handy", "barrenness", "permanent", "useful", "inherent"):
        for pos in wordnet.POSES:
            for other, other_pos in wordnet.near(word, pos):
                checked += 1
                assert (word, pos) in wordnet.near(other, other_pos), (word, other)
                assert other not in wordnet.antonyms(word), (word, other)
                assert other not in wordnet.synonyms(word, pos) or other_pos != pos, (word, other)
    assert checked >= 7


def test_a_word_of_no_first_sense_is_near_nothing() -> None:
    assert wordnet.near("zzyzx", "a") == frozenset()
    assert not meaning.near("zzyzx", "dangerous") and not meaning.near("dangerous", "zzyzx")
