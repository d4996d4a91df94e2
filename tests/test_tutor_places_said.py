"""A "where" question ("where did X die?", "где умер X?") is not answered by a passage that tells only when
(`tutor.places_said`): "Tom Hale died in 1950" answers no "where did Tom Hale die?", "Carl Osten died in 1866 in
Perth" does. General words of English and Russian only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.places_said import says_place
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def builders() -> Tutor:
    return tutor_on(
        "The engineer Tom Hale built the Tavy bridge in 1905.\n\n"
        "Tom Hale died in 1950, two years after the bridge was widened.\n\n"
        "The mason Carl Osten died in 1866 in Perth, where he had built the harbour wall.", "Bridges")


@pytest.fixture(scope="module")
def builders_ru() -> Tutor:
    return tutor_on(
        "Инженер Павел Ершов в 1905 году построил мост через Тавду.\n\n"
        "Павел Ершов умер в 1950 году, через два года после расширения моста.\n\n"
        "Мастер Иван Рябов умер в 1866 году в Перми, где строил шлюзы.", "Мосты", "ru")


def test_a_place_said_answers(builders: Tutor, builders_ru: Tutor) -> None:
    assert says(builders, "Where did Carl Osten die?", "Perth")
    assert says(builders_ru, "Где умер Рябов?", "Перми")


def test_a_time_alone_is_no_place(builders: Tutor, builders_ru: Tutor) -> None:
    assert builders.ask("Where did Tom Hale die?").kind == "decline"
    assert builders_ru.ask("Где умер Павел Ершов?").kind == "decline"


def test_other_questions_keep_their_answers(builders: Tutor, builders_ru: Tutor) -> None:
    assert says(builders, "When did Tom Hale die?", "1950")
    assert says(builders_ru, "Когда умер Ершов?", "1950")


@pytest.mark.parametrize(("sentence", "said"), [
    ("He died in Lisbon.", True), ("He fled to Lisbon.", True), ("It takes place in the cytoplasm.", True),
    ("The fort lies on the coast.", True),
    ("Его похоронили в монастыре.", True), ("Завод находится у моря.", True),
    ("He had died in 1990.", False), ("It opened on 21 December 1967.", False), ("He died in January 1950.", False),
    ("Он умер в 1950 году.", False), ("Он умер в январе 1950 года.", False),
])
def test_a_place_phrase(sentence: str, said: bool) -> None:
    assert says_place(sentence) is said



@pytest.mark.parametrize(("lang", "notes", "question", "fact"), [
    # "in which town ...?" asks a place: a passage naming nothing new and saying no place does not answer it
    ("en", "Tom Hale worked hard in 1866.\n\nThe miller Tom Hale (1820–1880) lived in the town of Orbury.",
     "In which town did Tom Hale work?", None),
    ("ru", "Ершов много работал в 1866 году.\n\nМельник Павел Ершов (1820–1880), живший в городе Орбури, продавал "
     "муку.", "В каком городе работал Ершов?", None),
    ("ru", "Статья Ершова о работе мельниц вышла в 1866 году.\n\nМельник Павел Ершов (1820–1880) жил в городе "
     "Орбури.", "В каком городе работал Ершов?", None),
    # a place, or a name the question does not give, still answers
    ("en", "Tom Hale worked hard in 1866.\n\nTom Hale, a miller, worked for the baker Ann Lowe in Orbury and in "
     "other towns of the valley.", "In which town did Tom Hale work?", "Orbury"),
    ("ru", "Ершов много работал в 1866 году.\n\nМельник Павел Ершов работал в городе Орбури.",
     "В каком городе работал Ершов?", "Орбури"),
    ("en", "Tom Hale worked hard in 1866.\n\nThe mill stood by the river.", "When did Tom Hale work hard?", "1866"),
])
def test_in_which_place_is_not_answered_by_a_time_alone(lang, notes, question, fact):
    tutor = tutor_on(notes, "Notes", lang) if lang == "ru" else tutor_on(notes, "Notes")
    reply = tutor.ask(question)
    assert reply.kind == "decline" if fact is None else says(tutor, question, fact)
