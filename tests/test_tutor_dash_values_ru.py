"""A dash followed by a figure (after words that hedge or bound it: "около", "примерно от ... до", "about") gives a
value, not a definition: "Жар горна — около 900 °C" defines neither "жар" nor "горн", so "что такое горн?" is answered
by the sentence that says what a kiln is, not by its temperature (`definitions._value_after`). Notes of our own."""

from __future__ import annotations

import pytest

from studybot.core.tutor.definitions import heads_of
from tests.notes import says, tutor_on

KILN = """\
Жар горна — примерно от 800 до 900 °C.
Высота горна — около 2 метров.
Горн — печь, в которой гончар обжигает посуду.
Глину для посуды брали у реки.
"""


@pytest.fixture(scope="module")
def kiln():
    tutor = tutor_on(KILN, "Гончарный горн", language="ru")
    yield tutor
    tutor.close()


def _heads(tutor, text):
    words = tutor.library.words
    p = words.prepare(text)
    return heads_of(p, text, words.stems(p), list(words.content(p)), tutor.library.names, words)


@pytest.mark.parametrize(("sentence", "defines"), [
    ("Жар горна — примерно от 800 до 900 °C.", False),
    ("Высота горна — около 2 метров.", False),
    ("Глубина ямы — 3 метра.", False),
    ("Горн — печь, в которой гончар обжигает посуду.", True),
    ("Горн — печь для обжига, около 2 метров высотой.", True),  # a figure later is no value of the dash
])
def test_a_figure_after_a_dash_is_a_value_not_a_definition(kiln, sentence, defines):
    words = kiln.library.words
    term = words.lang.stem(sentence.split()[0].casefold() if sentence.startswith("Горн") else sentence.split()[1])
    assert (term in _heads(kiln, sentence)) is defines


def test_what_is_answered_by_the_definition_not_the_value(kiln):
    assert says(kiln, "что такое горн?", "печь, в которой гончар обжигает")
