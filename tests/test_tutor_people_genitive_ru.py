"""The bare genitive plural of a Russian noun for people in "-ане" / "-яне" ("депутация горожан", "восстание
крестьян") is a noun for people, though Snowball stems it as a verb: it answers "кого?" / "кто?" as "горожане" does.
General words only; an invented text.
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
