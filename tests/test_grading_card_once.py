"""What a grade reads from a card or a pack alone it reads once (issue #11), and the memo never changes a result:
a slip in a pack's term of several words (`term_slips.term_slip`) is worked out once per pair of words, and a short
card's names (`short._name_swapped`: "Dustin Hoffman" for "Paul Hoffman") once per card, not again for each answer.
Invented cards and words."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading import short as short_module
from studybot.core.grading_languages import grading_language
from studybot.core.term_slips import term_slip
from tests.cards import short


@pytest.mark.parametrize(("meant", "typed", "slip"), [
    ("kettle", "kettel", True),  # one slip in a word of the term
    ("kettle", "kettle", False),  # the word itself: no slip
    ("kettle", "potter", False),  # another word
    ("kettle", "Kettl3", False),  # not a word of letters
    ("kettle", "kettel", True),  # asked again: the same answer
])
def test_a_slip_is_worked_out_once_per_pair(meant: str, typed: str, slip: bool) -> None:
    asked: list[str] = []

    def uses(word: str) -> bool:
        asked.append(word)
        return False
    mine = term_slip(grading_language("en"), frozenset(), uses)
    assert mine(meant, typed) is slip
    assert mine(meant, typed) is slip  # (the memo's answer)
    assert asked == ([typed] if slip else [])  # the pack's texts read at most once for the pair


def test_a_slip_the_pack_writes_is_no_slip_whatever_was_asked_before() -> None:
    written = {"kettel"}
    slip = term_slip(grading_language("en"), frozenset(), written.__contains__)
    assert not slip("kettle", "kettel")  # a word the pack's texts write
    assert slip("kettle", "kettl")


@pytest.mark.parametrize(("answer", "correct"), [
    ("Dustin Hoffman", False),  # another given name before the surname
    ("Paul Hoffman", True),
    ("Edgar Hoffman", False),
    ("Hoffman", True),
])
def test_a_cards_names_are_read_once(monkeypatch: pytest.MonkeyPatch, answer: str, correct: bool) -> None:
    read: list[str] = []
    described = short_module.described_names

    def counted(text: str, titles: frozenset[str]) -> list[str]:
        read.append(text)
        return described(text, titles)
    monkeypatch.setattr(short_module, "described_names", counted)
    grader = Grader()
    card = short("Paul Hoffman", "Hoffman", prompt="Who built the first copper kettle press?")
    assert grader.grade(card, "Paul Hoffman").correct
    first = len(read)
    for _ in range(2):  # (and again: each answer as it was the first time)
        assert grader.grade(card, answer).correct is correct
    assert "puts 'tom' before the name" in grader.grade(card, "Tom Hoffman").trace[0]
    assert [text for text in read[first:] if text == "Paul Hoffman"] == []  # the card's names: not read again
