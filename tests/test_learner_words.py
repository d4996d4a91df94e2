"""The learner's own words shown beside a point they made ("✓ the mouse lived longer (you: ...)"): the grader reads a
comparative as its word and "more" / "most"; the stretch shown is the comparative as typed, never a "more" of
another clause."""

from __future__ import annotations

import pytest

from studybot.present import learner_words


@pytest.mark.parametrize(("answer", "matched", "shown"), [
    # the comparative typed: its "more" is its own ending, not the "more" of the clause before
    ("the lamp shone more brightly, the dog ran faster", "dog ran fast more", "dog ran faster"),
    ("the tallest tower and more visitors", "tall most tower", "tallest tower"),
    ("the happiest town", "happy most town", "happiest town"),
    # "twice as long" read as "longer": the other clause's "more" is left out
    ("the lamp shone more brightly and the dog ran twice as far", "dog ran far more", "dog ran twice as far"),
    # a "more" the learner typed beside the point's words is theirs
    ("more water was used", "more water", "more water"),
    ("prices rose more than wages", "prices rose more", "prices rose more"),
    # a word ending in "-er" is no comparative of another word ("water" is no "more wat")
    ("water and more salt", "more salt", "more salt"),
])
def test_comparative_shown_as_typed(answer: str, matched: str, shown: str) -> None:
    assert learner_words(answer, matched) == shown


def test_a_word_not_typed_shows_nothing() -> None:
    assert learner_words("the dog ran", "cat ran") == ""
