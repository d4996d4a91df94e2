"""A word of the Russian language a question types is meant as typed, not read as a misspelling of a word of the
pack one letter away (`tutor.common_words`): "погода" is no "порода", "вверх" no "верх", "в честь" no "в часть";
shown on small notes written here (no pack's subject). A real misspelling ("парода") is still corrected, and so
is a form of a word of the notes with another ending ("пролив" for "пролива", which Snowball stems apart)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Порода лошадей «вятка» выведена в северных уездах в XVIII веке.
Верх колокольни в Ельниках разобрали в 1834 году, когда треснул свод.
Большая часть табуна зимовала на хуторе Выселки у старого конюха Антипа.
Конный завод в Ельниках основал купец Савва Жмакин в 1802 году.
Паром через узкое место пролива ходил от хутора до Ельников с мая по октябрь.
"""
PACK = Pack(id="vyatka", title="Вятская лошадь", language="ru", cards=(),
            sections=(Section(id="s", title="Конный завод в Ельниках", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "typed"), [
    ("какая погода в северных уездах", "погода"),
    ("куда поднимали колокол вверх", "вверх"),
    ("в честь кого назвали хутор", "честь"),
])
def test_a_word_of_the_language_is_kept_as_typed(tutor, question, typed):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and typed in {u.text for u in asked.units}


def test_what_the_notes_do_not_say_is_declined(tutor):
    assert tutor.ask("Какая погода в северных уездах?").kind == "decline"  # not the breed of "порода"


def test_a_misspelling_is_still_corrected(tutor):
    reply = tutor.ask("где выведена парода вятка?")
    assert reply.kind == "answer" and "северных уездах" in reply.text


def test_another_form_of_a_word_of_the_notes_is_still_read_as_it(tutor):
    asked = tutor.analyser.question("когда ходил паром через пролив", normalise("когда ходил паром через пролив"))
    assert asked is not None and "пролива" in {u.text for u in asked.units}
    reply = tutor.ask("Когда ходил паром через пролив?")
    assert reply.kind == "answer" and "с мая по октябрь" in reply.text


def test_only_the_languages_own_words_are_kept():
    from studybot.core.language import language
    from studybot.core.tutor.common_words import common_word

    ru, en = language("ru"), language("en")
    assert common_word("погода", ru, lambda w: "порода") and common_word("вверх", ru, lambda w: "верх")
    assert common_word("честь", ru, lambda w: "часть") and common_word("пошла", ru, lambda w: "прошла")
    assert not common_word("парода", ru, lambda w: "порода") and not common_word("зрачек", ru, lambda w: "зрачок")
    assert not common_word("пролив", ru, lambda w: "пролива")  # a form of the word itself
    assert common_word("scare", en, str) and not common_word("scarse", en, str)
    assert not common_word("погода", en, str)
