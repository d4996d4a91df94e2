"""A Russian sentence that opens with a preposition ("Кроме X, ...", "Помимо X, ...", "Вместо X, ...", "Благодаря X,
...") says something else of X, and defines neither X nor the preposition: "что такое глазурь?" is answered by the
sentence that says what glaze is (`lexicon_ru_tutor` prepositions, `definitions`). Notes of our own (a pottery)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.definitions import heads_of
from tests.notes import says, tutor_on

POTTERY = """\
Кроме глазури и ангоба, гончар покупал на ярмарке свинцовый сурик.
Благодаря глазури, посуда не пропускает воду и не пахнет.
Глазурь — стекловидный слой, которым покрывают обожжённую посуду.
Помимо глины, в тесто для горшков клали речной песок.
"""


@pytest.fixture(scope="module")
def pottery():
    tutor = tutor_on(POTTERY, "Гончарное дело", language="ru")
    yield tutor
    tutor.close()


def _heads(tutor, text):
    words = tutor.library.words
    p = words.prepare(text)
    return heads_of(p, text, words.stems(p), list(words.content(p)), tutor.library.names, words)


@pytest.mark.parametrize("sentence", [
    "Кроме глазури и ангоба, гончар покупал на ярмарке свинцовый сурик.",
    "Благодаря глазури, посуда не пропускает воду и не пахнет.",
    "Помимо глины, в тесто для горшков клали речной песок.",
    "Вместо печи, гончары строили горн.",
])
def test_an_opening_preposition_defines_nothing(pottery, sentence):
    assert not _heads(pottery, sentence)


def test_what_is_answered_by_the_definition(pottery):
    assert says(pottery, "что такое глазурь?", "стекловидный слой")
