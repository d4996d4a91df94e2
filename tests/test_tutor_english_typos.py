"""A misspelt English word the pack's vocabulary has no word one edit from (`tutor.english_typos`) is read as the
English word it is a typo of: "usedd" as "used", "sequensed" as "sequenced" (the notes say "sequence"),
"discoverd" as "discovered"; a word one edit from two words ("bale": "bile", "bake") or a capitalised one (a name)
is left as typed. Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor.english_typos import english_typo
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on

_stem = Words("en", (), {}).stem


@pytest.mark.parametrize(("typed", "meant"), [("usedd", "used"), ("discoverd", "discovered"),
                                              ("invnted", "invented")])
def test_a_typo_of_a_common_word_is_read_as_it(typed: str, meant: str) -> None:
    assert english_typo(typed, lambda w: False, _stem) == meant


def test_a_form_the_pack_knows_comes_first() -> None:
    assert english_typo("sequensed", lambda w: _stem(w) == "sequenc", _stem) == "sequenced"


@pytest.mark.parametrize("typed", ["Velden", "bale", "xqzvw", "tbe"])
def test_names_short_words_and_non_words_are_left(typed: str) -> None:
    assert english_typo(typed, lambda w: False, _stem) is None


@pytest.mark.parametrize("typed", ["nobel", "scare"])  # "novel" or "noble"; "scare" is a word, no "scarce"
def test_two_words_or_a_word_itself_are_left(typed: str) -> None:
    assert english_typo(typed, lambda w: w in {"novel", "scarce"}, _stem) is None


@pytest.fixture(scope="module")
def mill():
    return tutor_on(
        "The Arnsby mill ground grain for the whole valley.\n"
        "The millwright Tobias Wrenn drew the gears of the mill in 1702.\n"
        "The clockmaker Jonas Pell worked out the sequence of the gears in 1704.\n"
        "The gears of the mill were carved from oak by Hugo Marr.\n"
        "The kiln at Arn fired 300 bricks a day for the mill house.\n"
        "The builders used about 40,000 bricks for the mill house.\n"
        "The bricks of the mill house were laid by 12 masons.\n"
        "The old millstone was found in the river Arn in 1962.", "The Arnsby mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("how many bricks were usedd for the mill house", "40,000"),  # "used"
    ("when was the old millstone discoverd", "1962"),  # "discovered": "found" (`reworded`)
])
def test_the_tutor_answers_through_the_typo(mill, question: str, fact: str) -> None:
    assert says(mill, question, fact)
