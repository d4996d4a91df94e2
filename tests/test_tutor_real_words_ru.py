"""A Russian word of the language that the text never uses is kept as typed, not corrected to a text's word one letter
away (`tutor.real_words_ru`): "путают" is no "питают", "редко" no "резко". A misspelling that is no word ("питвют")
is still corrected, and so is a word typed in another form of a text's word ("пролив" for "пролива"). Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def garden() -> Tutor:
    return tutor_on(
        "Садовники Ларна питают розы настоем крапивы.\n"
        "Зимой в Ларне резко холодает, и розы укрывают еловыми ветками.\n"
        "Летом садовники перешли на полив из реки Вельты.\n", "Сады Ларна", "ru", section_title="Сады")


def _words(tutor: Tutor, question: str) -> list[str]:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return [u.text for u in asked.units]


@pytest.mark.parametrize(("question", "kept", "not_read"), [
    ("Что путают садовники Ларна?", "путают", "питают"),
    ("Почему в Ларне редко бывает снег?", "редко", "резко"),
])
def test_a_word_of_the_language_is_kept(garden: Tutor, question: str, kept: str, not_read: str) -> None:
    words = _words(garden, question)
    assert kept in words and not_read not in words


def test_a_word_kept_is_no_answer_of_the_other(garden: Tutor) -> None:
    assert garden.ask("Что путают садовники Ларна?").kind == "decline"


def test_a_misspelling_is_still_corrected(garden: Tutor) -> None:
    assert says(garden, "Чем садовники питвют розы?", "настоем крапивы")  # "питвют" is no word
