"""A question's word met by its WordNet synonym only where the text writes that synonym (`tutor.senses`), not where
it only makes a key of the same letters from another word: "interest" read as the superlative "inter-est" gives
"inter", WordNet's synonym of "bury", so "where is X buried?" was answered by "... lent X money without interest".
Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def miller() -> Tutor:
    return tutor_on(
        "Oswin Tarrow was born in Brenmoor in 1702, the son of a miller.\n"
        "The merchant Hal Dunmere was impressed and lent Tarrow money without interest to build a water mill.\n"
        "Tarrow died in Brenmoor in 1771, aged 69.\n", "Oswin Tarrow's mill")


@pytest.mark.parametrize("question", [
    "where is tarrow buried?",
    "where was oswin tarrow buried",
])
def test_a_synonym_only_made_of_another_word_does_not_answer(miller: Tutor, question: str) -> None:
    assert miller.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("who lent tarrow money?", "Hal Dunmere"),  # the words themselves
    ("when did tarrow die?", "1771"),
    ("who gave tarrow a loan without interest?", "Hal Dunmere"),
])
def test_questions_the_notes_answer_still_are(miller: Tutor, question: str, fact: str) -> None:
    assert says(miller, question, fact)


def test_a_synonym_the_text_writes_still_meets_the_word() -> None:
    tutor = tutor_on("The old abbot was interred beside the chapel of Lenmoor in 1640.\n"
                     "The chapel was rebuilt in stone in 1702.\n", "The chapel of Lenmoor")
    assert says(tutor, "where was the old abbot buried?", "beside the chapel")
