"""A Russian run of capitalised words that opens with an adjective in "-ой" / "-ом" / "-ей" / "-ем" by its suffix,
before a noun in "-е", "-и", "-ы", names a place, not a person ("в Восточной Европе", "из Южной Америки", "в Царском
Селе"): a given name ends so only in the instrumental ("Иваном", "Ириной"), never after "-ск-", "-цк-" or a consonant
and "-н-", and a surname after it agrees ("с Ириной Петровой"). A person asked about must be named in the passage that
answers (`Ranker.answers`); a place may be said by a pronoun of the sentence before. Invented notes, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.names import find_names
from studybot.core.tutor.thing_names import names_a_thing
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on

RU = Words("ru")


@pytest.mark.parametrize(("run", "thing"), [
    (("восточной", "европе"), True),
    (("южной", "америки"), True),
    (("царском", "селе"), True),
    (("верхней", "волге"), True),
    (("огненной", "земле"), True),
    (("кедровской", "пустоши"), True),
    (("иваном", "кеннеди"), False),  # a given name in the instrumental: "-ан-" before "-ом"
    (("ириной", "петровой"), False),  # the surname agrees
    (("екатериной", "дали"), False),
    (("ольгой", "мюссе"), False),
    (("восточной", "сибирской"), False),  # an adjective last: a surname may read as one ("Андрей Белый")
])
def test_an_oblique_adjective_before_a_noun_opens_a_place(run: tuple[str, ...], thing: bool) -> None:
    assert names_a_thing(run, frozenset(), RU) is thing


def test_the_rule_is_of_russian() -> None:
    assert not names_a_thing(("eastern", "europe"), frozenset(), Words("en"))


def test_a_place_in_the_prepositional_is_no_person() -> None:
    book = find_names(["Станция стоит в Восточной Гаркании, на высоте 3000 м."], RU)
    assert not {"восточн", "гаркан"} & book.persons
    book = find_names(["Сказку написал Иван Петрович Сомов, а читала её Ирина Петрова."], RU)
    assert {"сомов", "петров"} <= book.persons  # people stay people


@pytest.fixture(scope="module")
def shelf() -> Tutor:
    return tutor_on(
        "Ледяной щит Земблы занимает около 14 млн км².\n"
        "В нём заключено около 90 % всего льда планеты.\n"
        "Если бы он растаял целиком, уровень моря поднялся бы примерно на 58 м.\n"
        "\n"
        "Самый старый лёд нашли на станции «Полюс» в Восточной Зембле.\n", "Зембла", "ru", section_title="Ледяной щит")


def test_a_figure_of_a_place_said_by_a_pronoun_answers(shelf: Tutor) -> None:
    # "Зембла" is no person for "в Восточной Зембле": the passage that says "он" of its ice answers
    assert shelf.library.names.persons == set()
    assert says(shelf, "на сколько поднимется уровень моря, если растает Зембла?", "58 м")
