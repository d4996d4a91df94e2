"""A letter joined to a word by a hyphen makes one word with it ("p-type", "X-ray", "T-cells"), in the passages
and in the question, as a prefix does ("co-wrote"): "n-type" is not "p-type". Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("text", "word"), [
    ("p-type glass", "ptype"),
    ("an X-ray of the hull", "xray"),
    ("T-cells attack it", "tcells"),
    ("she co-wrote it", "cowrote"),
])
def test_a_letter_and_a_word_joined_by_a_hyphen_are_one_word(text: str, word: str) -> None:
    assert word in Words("en").prepare(text).words


def test_a_word_after_a_hyphen_stays_itself_after_a_longer_word() -> None:
    assert "well" in Words("en").prepare("a well-known glass").words


@pytest.mark.parametrize(("question", "fact"), [
    ("Which element makes n-type glass?", "arsenic"),
    ("Which element makes p-type glass?", "boron"),
])
def test_which_letter_type_is_asked_decides(question: str, fact: str) -> None:
    tutor = tutor_on("The element boron makes p-type glass when it is melted in.\n"
                     "The element arsenic makes n-type glass when it is melted in.\n", "Doped glass")
    assert says(tutor, question, fact)
