"""The bare genitive plural of a Russian noun for people in "-ане" / "-яне" ("депутация горожан", "восстание
крестьян") is a noun for people, though Snowball stems it as a verb: it answers "кого?" / "кто?" as "горожане" does;
so does a body of people ("совет", "коллегия", "синод"). General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.nouns_ru import people_genitive
from studybot.core.tutor.people_nouns import people_noun
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("word", "people"), [
    ("горожан", True), ("крестьян", True), ("дворян", True), ("граждан", True),
    ("стакан", False), ("роман", False), ("океан", False), ("капитан", False),  # no "-ане" noun for people
    ("горожане", False),  # the nominative is found by its stem already
])
def test_the_bare_genitive_of_a_noun_for_people(word: str, people: bool) -> None:
    words = Words("ru")
    assert people_genitive(word, words) is people
    if people:
        assert people_noun(word, words.lang.stem(word), words)


def test_whom_is_answered_by_a_group_of_people() -> None:
    tutor = tutor_on(
        "У ворот Казани воевода долго ждал депутацию горожан с хлебом и солью.\n"
        "Воевода прибыл к Казани в августе.\n", "Поход на Казань", "ru", section_title="Поход")
    assert says(tutor, "Кого воевода ждал у ворот Казани?", "горожан")


@pytest.mark.parametrize("word", ["совет", "коллегии", "синодом", "думы", "министерство", "ведомства", "собрание"])
def test_a_body_of_people_answers_who(word: str) -> None:
    """"кто управлял?" is answered by a council or a board as by "правительство", "сенат"."""
    words = Words("ru")
    assert people_noun(word, words.lang.stem(word), words)


def test_who_ran_it_is_answered_by_a_board() -> None:
    tutor = tutor_on(
        "В 1730 году для управления верфями вместо адмирала учредили Морскую коллегию.\n"
        "Верфи стояли на Неве.\n", "Верфи", "ru", section_title="Верфи")
    assert says(tutor, "Кто управлял верфями вместо адмирала?", "коллегию")
