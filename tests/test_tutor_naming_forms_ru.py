"""A Russian naming verb names what follows it in every person and number ("такие горшки назывались кашниками"), not
only in the singular ("назывался", "называлась"): the sentence defines that term, and "кто такие X?" / "что такое X?"
is answered by it (`lexicon_ru_tutor` naming cues, `definitions`). Notes of our own (a potters' quarter)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.definitions import heads_of
from tests.notes import says, tutor_on

QUARTER = """\
Гончары слободы платили князю оброк горшками и жили у реки.
Подмастерья, которые обжигали чужую посуду, жили при мастерских.
Такие подмастерья назывались обжигалами.
Круглые горшки для каши лепили из красной глины.
Эти горшки называются кашниками.
Обжигалы работали ночью, когда горн остывал медленнее.
Кашники продавали на ярмарке в Ельце по три копейки.
Место с печами и навесами называлось гончарней, по старому обычаю слободы.
"""


@pytest.fixture(scope="module")
def quarter():
    tutor = tutor_on(QUARTER, "Гончарная слобода", language="ru")
    yield tutor
    tutor.close()


def _heads(tutor, text):
    words = tutor.library.words
    p = words.prepare(text)
    return heads_of(p, text, words.stems(p), list(words.content(p)), tutor.library.names, words)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Такие подмастерья назывались обжигалами.", "обжигалами"),
    ("Эти горшки называются кашниками.", "кашниками"),
    ("Место с печами и навесами называлось гончарней, по старому обычаю слободы.", "гончарней"),
    ("Такие ковши получили название черпаков.", "черпаков"),
])
def test_a_plural_or_neuter_naming_verb_names_the_term(quarter, sentence, word):
    assert quarter.library.words.lang.stem(word) in _heads(quarter, sentence)


@pytest.mark.parametrize(("question", "fact"), [
    ("кто такие обжигалы?", "Такие подмастерья назывались обжигалами"),
    ("что такое кашники", "Эти горшки называются кашниками"),
])
def test_what_they_are_is_answered_by_the_naming_sentence(quarter, question, fact):
    assert says(quarter, question, fact)
