"""General verbs a question says otherwise than the notes, read as one meaning by the tutor: in English "took the place
of" is "replaced" (`lexicon_tutor_phrasal`); in Russian "чистит" / "очищает", "сжечь" / "сгорание", "пробыл" /
"провёл" (`lexicon_ru_paraphrase`), by the match keys they share, and no key with a verb of another meaning. The
English on invented notes of no pack's subject: "take place" stays "occur", not "replace"."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def mill() -> Tutor:
    return tutor_on(
        "The old waterwheel of the Hollins mill turned the stones until 1874.\n"
        "In 1874 a steam engine replaced the waterwheel.\n"
        "The miller Tom Aske kept the accounts of the mill in a leather book.\n"
        "A fire damaged the drying room in 1881.\n", "The Hollins mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("What took the place of the waterwheel?", "steam engine"),
    ("What took the waterwheel's place in 1874?", "steam engine"),
])
def test_took_the_place_of_is_replaced(mill: Tutor, question: str, fact: str) -> None:
    assert says(mill, question, fact)


def test_to_take_place_is_no_replacing(mill: Tutor) -> None:
    question = "When did the fire take place?"
    assert says(mill, question, "1881") and not says(mill, question, "replaced")


def _shared(words: Words, word: str, other: str) -> bool:
    """Do two words share a strong match key (a stem or a group of one meaning)?"""
    strong, _ = words.keys(word, words.stem(word))
    other_strong, _ = words.keys(other, words.stem(other))
    return not strong.isdisjoint(other_strong)


@pytest.mark.parametrize(("word", "other"), [
    ("чистит", "очищает"), ("очистили", "чистят"), ("очистка", "чистит"),  # to clean
    ("сжечь", "сгорания"), ("сжигают", "сгорает"),  # to burn fuel
    ("пробыл", "провёл"), ("пробыла", "провела"),  # to spend time somewhere
])
def test_a_russian_verb_said_otherwise_shares_a_key(word: str, other: str) -> None:
    assert _shared(Words("ru"), word, other)


@pytest.mark.parametrize(("word", "other"), [
    ("чистит", "моет"), ("очищает", "сушит"),  # other ways of treating a thing
    ("сжечь", "нагреть"), ("сгорания", "плавления"),  # heating is no burning
    ("пробыл", "прожил"), ("провёл", "проверил"),  # living, checking
])
def test_a_russian_verb_of_another_meaning_shares_none(word: str, other: str) -> None:
    assert not _shared(Words("ru"), word, other)
