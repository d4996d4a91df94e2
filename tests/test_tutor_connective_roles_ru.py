"""A Russian connective whose Snowball stem is a role's ("поэтому": "поэт", "после": "посол") does not make the word
before its comma a defined term: "... далеко от горна, поэтому ..." defines no "горн", so "что такое горн?" is
answered by the sentence that says what it is (`definitions._role`). Notes of our own (a potter's kiln)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.definitions import heads_of
from tests.notes import says, tutor_on

KILN = """\
Сырая глина сохнет далеко от горна, поэтому кувшины не трескаются.
Горн — печь, в которой гончар обжигает посуду при сильном жаре.
Мокрая глазурь стекает к краю горна, после чего её счищают ножом.
Гончар Фома, ученик мастера Луки, строил горны из кирпича.
"""


@pytest.fixture(scope="module")
def kiln():
    tutor = tutor_on(KILN, "Гончарная мастерская", language="ru")
    yield tutor
    tutor.close()


def _heads(tutor, text):
    words = tutor.library.words
    p = words.prepare(text)
    return heads_of(p, text, words.stems(p), list(words.content(p)), tutor.library.names, words)


@pytest.mark.parametrize(("sentence", "stem", "defines"), [
    ("Сырая глина сохнет далеко от горна, поэтому кувшины не трескаются.", "горн", False),
    ("Мокрая глазурь стекает к краю горна, после чего её счищают ножом.", "горн", False),
    ("Горн — печь, в которой гончар обжигает посуду при сильном жаре.", "горн", True),
    ("Гончар Фома, ученик мастера Луки, строил горны из кирпича.", "фом", True),  # a role after the comma still does
])
def test_a_connective_after_a_comma_defines_nothing(kiln, sentence, stem, defines):
    assert (stem in _heads(kiln, sentence)) is defines


@pytest.mark.parametrize("question", ["Что такое горн?", "что такое горн гончара"])
def test_what_is_answered_by_the_definition(kiln, question):
    assert says(kiln, question, "печь, в которой гончар обжигает")
