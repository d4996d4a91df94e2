"""A lower-case word of no language table weighs as a name the pack lacks (`tutor.coined`): "did the us lift sanctions
on belaruskali?" is declined as "... on Belaruskali?" is, while a word of the language the pack does not use, or a typo
of one, keeps its lighter weight. Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.coined import coined
from studybot.core.tutor.words import Words

NOTES = """\
In 1921 the Harbour Board lifted the sanctions on the Verden salt works.
The sanctions had stopped all sales of salt to the coast for two years.
"""
PACK = Pack(id="verden", title="Salt", cards=(), sections=(Section(id="s", title="Sanctions", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("word", "name"), [
    ("belaruskali", True), ("grodnoazot", True), ("sanctions", False), ("aviation", False), ("deputies", False),
    ("becuase", False),  # a typo of a stop word
    ("sanktions", False),  # a typo of a word of the language
    ("harbour", False),
    ("coauthored", False), ("transatlantic", False),  # a listed word after a prefix
    ("codebook", False),  # two listed words written as one
])
def test_a_word_of_no_table_is_a_name(word: str, name: bool) -> None:
    assert coined(word, Words("en", (), {})) is name


def test_russian_words_are_left_as_they_are() -> None:
    assert not coined("рибосомы", Words("ru", (), {}))


@pytest.mark.parametrize("question", [
    "did the board lift sanctions on belaruskali?",
    "did the board lift sanctions on Belaruskali?",
])
def test_an_unknown_name_in_lower_case_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


def test_a_known_thing_is_still_answered(tutor: Tutor) -> None:
    assert tutor.ask("did the board lift the sanctions on the salt works?").kind == "answer"
