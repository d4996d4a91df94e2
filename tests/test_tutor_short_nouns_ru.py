"""Russian nouns of one syllable whose vowel drops in their other forms ("лёд" / "льда", "сон" / "сна") and those
Snowball leaves unstemmed ("дно" / "дна") are met across their forms by their consonants (`FLEETING_VOWEL`); not a
soft-stemmed noun by another ("день" / "дня" is no "дно"), nor "лет" ("год"'s form). Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def pond() -> Tutor:
    return tutor_on(
        "Зимой толщина льда на пруду Ветлужного достигает 40 см.\n"
        "На дно пруда опускаются раки, там глубина 6 м.\n"
        "Медведи впадают в зимнюю спячку; продолжительность сна зависит от погоды.\n"
        "Карпы нерестятся весной, когда вода прогревается до 18 градусов.\n", "Пруд", "ru", section_title="Пруд")


@pytest.mark.parametrize(("question", "fact"), [
    ("Какой толщины лёд на пруду?", "40 см"),
    ("Что опускается до дна пруда?", "раки"),
    ("От чего зависит долгий сон медведей?", "от погоды"),
])
def test_a_short_noun_meets_its_other_forms(pond: Tutor, question: str, fact: str) -> None:
    assert says(pond, question, fact)


@pytest.mark.parametrize(("one", "other", "same"), [
    ("лед", "льда", True), ("лед", "льдом", True), ("дно", "дна", True), ("сон", "сна", True),
    ("отец", "отца", True), ("день", "дна", False), ("дня", "дно", False), ("лет", "лта", False),
])
def test_forms_share_a_key(pond: Tutor, one: str, other: str, same: bool) -> None:
    words = pond.words
    keys = [words.keys(w, words.lang.stem(w))[0] for w in (one, other)]
    assert bool(keys[0] & keys[1]) is same
