"""A country, a city or a place read as no person (issue: a country filed among the people): a run of capitalised
words opening with a country the language's tables know ("Норвегию Швеция уступила ...", "In Norway Harald Vik
..."), with a name the notes write alone after a preposition of place ("под Тарной"), or with the first word after
such a preposition before a person's full name ("Near Tarrow Hugh Benn ...") names no person by that word; a person's
name after it stays one, and so does one after "from" ("from John Adams"). A preposition is no title though it stems
as one ("После" / "посол"). Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.names import _role
from tests.notes import tutor_on

_RU = ("Сыроварня в Тарне открылась в 1790 году.\n\n"
       "Норвегию Швеция уступила соседям в 1814 году.\n\n"
       "В Португалии Марк Ольхин открыл вторую сыроварню.\n\n"
       "Битва под Тарной, у реки, длилась один день.\n\n"
       "Под Тарной Павел Редькин построил мост.\n\n"
       "После Тарны Марк Ольхин уехал к морю.\n\n"
       "Торговать сыром с соседями купцы не хотели, потому что пошлины там были высоки.")
_EN = ("The cheese mill stood near Tarrow.\n\n"
       "In Norway Harald Vik built a boat.\n\n"
       "Near Tarrow Hugh Benn built a dam.\n\n"
       "The first letter came from John Adams.\n\n"
       "Merchants would not sell cheese abroad because the duties were high.")


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(_RU, "Сыроварни", "ru", section_title="Очерк")


@pytest.fixture(scope="module")
def en() -> Tutor:
    return tutor_on(_EN, "Cheese mills", "en", section_title="Notes")


@pytest.mark.parametrize(("stem", "person"), [
    ("норвеги", False), ("швеци", False),  # two countries opening a sentence
    ("португали", False), ("марк", True), ("ольхин", True),  # a country after "в", then a person
    ("тарн", False), ("павел", True), ("редькин", True),  # a town the notes write alone after "под"
])
def test_russian_places_are_no_persons(ru, stem, person):
    assert (stem in ru.library.names.persons) is person


@pytest.mark.parametrize(("stem", "person"), [
    ("norway", False), ("harald", True), ("vik", True),
    ("tarrow", False), ("hugh", True), ("benn", True),
    ("john", True), ("adams", True),  # "from" a person: still a person
])
def test_english_places_are_no_persons(en, stem, person):
    assert (en.library.names.persons >= {en.library.words.name_stem(stem)}) is person


@pytest.mark.parametrize(("language", "question"), [
    ("ru", "Почему купцы не хотели торговать сыром с Норвегией?"),
    ("en", "Why would merchants not sell cheese to Norway?"),
])
def test_a_question_naming_a_country_is_answered(ru, en, language, question):
    """A country taken for a person must be named by the answer's own passage: read as a place, it need not."""
    assert {"ru": ru, "en": en}[language].ask(question).kind == "answer"


@pytest.mark.parametrize(("word", "role"), [("После", False), ("Под", False), ("Посол", True), ("Посла", True)])
def test_a_preposition_is_no_title(ru, word, role):
    assert _role(word, ru.library.words) is role
