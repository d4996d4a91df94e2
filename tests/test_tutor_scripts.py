"""The tutor reads a pack's names typed in the other script: Latin letters on a Russian pack ("Eberhardt",
"Eberhart" for "Эберхардт"), Cyrillic letters on an English pack ("Оконкво" for "Okonkwo"), and drops the words
that frame a question in the other language ("who was ...?" on a Russian pack). Only a word that matches nothing
as written is read so; a name the text does not give is still declined. Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.scripts import Scripts
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def glassworks() -> Tutor:
    return tutor_on(
        "Стекольную мастерскую в Гусеве основал в 1761 году мастер Густав Эберхардт.\n"
        "Его ученица Марта Келлер придумала синее стекло с оксидом CoO.\n"
        "\n"
        "Мастерская закрылась в 1812 году, когда сгорел её склад.\n"
        "Купец Семён Головин купил печи и перевёз их в Тверь.", "Стекольная мастерская", "ru")


@pytest.fixture(scope="module")
def garden() -> Tutor:
    return tutor_on(
        "The Kestrel Botanical Garden was founded in 1871 by Amelia Fairweather.\n"
        "Her gardener Tomas Okonkwo built the palm house in 1885.\n"
        "\n"
        "The city council paid for a new glass roof in 1990.", "The Kestrel Garden")


@pytest.mark.parametrize(("question", "fact"), [
    ("who was Eberhardt?", "Густав Эберхардт"),  # the question words of English frame; the name is read in Cyrillic
    ("Кто такой Eberhardt?", "Густав Эберхардт"),  # a Latin name in a Russian question
    ("кто такой Eberhart?", "Густав Эберхардт"),  # ... with a typo after the reading
    ("Что придумала Keller?", "синее стекло"),
    ("who was Golovin?", "Семён Головин"),
    ("Что такое CoO?", "CoO"),  # a symbol the text writes in Latin letters is matched as written
])
def test_a_russian_packs_names_asked_in_latin_letters(glassworks, question, fact):
    assert says(glassworks, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто такой Оконкво?", "Tomas Okonkwo"),  # a Latin name typed in Cyrillic, read back
    ("кто такая Амелия?", "Amelia Fairweather"),  # "amelia" read as "амелиа", one letter off
    ("who was Okonkwo?", "Tomas Okonkwo"),  # as written, unchanged
])
def test_an_english_packs_names_asked_in_cyrillic(garden, question, fact):
    assert says(garden, question, fact)


@pytest.mark.parametrize(("tutor", "question"), [
    ("glassworks", "who was Schneider?"),  # a name the text does not give, in either script
    ("glassworks", "кто такой Schneider?"),
    ("garden", "Кто такой Смит?"),
    ("garden", "Кто такой Оконго?"),  # two letters off a five-letter name: no reading
])
def test_a_name_the_text_does_not_give_is_declined(request, tutor, question):
    assert request.getfixturevalue(tutor).ask(question).kind == "decline"


def test_only_a_word_unknown_as_written_is_read_in_the_other_script():
    """The reading is a last resort: a word the pack knows (or corrects as a typo) is never read in the other
    script, and a word the reading does not bring to the pack's words stays as typed."""
    scripts = Scripts("ru", ["эберхардт"])
    known = {"эберхардт"}.__contains__
    assert scripts.read("eberhardt", known, lambda w, names: w) == "эберхардт"
    assert scripts.read("schneider", known, lambda w, names: w) == "schneider"
    assert scripts.read("coo", known, lambda w, names: w) == "coo"  # three letters: a symbol, never read
    english = Scripts("en", ["okonkwo", "amelia"])
    assert english.read("оконкво", known, lambda w, names: w) == "okonkwo"
    assert english.read("окно", known, lambda w, names: w) == "окно"


@pytest.mark.parametrize(("code", "word", "capitalised", "frames"), [
    ("ru", "who", False, True), ("ru", "was", False, True), ("ru", "вхен", False, True),  # "when", read already
    ("ru", "he", True, False),  # "He": helium's symbol, capitalised
    ("ru", "кто", False, False),  # the pack's own question words are its own business
    ("en", "кто", False, True), ("en", "такой", False, True), ("en", "who", False, False),
])
def test_the_words_that_frame_a_question_in_the_other_language(code, word, capitalised, frames):
    assert Scripts(code, []).frames(word, capitalised) is frames
