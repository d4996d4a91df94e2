""""What was the name of X?", "как звали X?": the reply gives a name written beside X ("its lander, Falcon", "дочь
Орлана звали Анна") or with a naming word; a passage that only mentions X ("used the lander as a lifeboat", "умер
маленький сын") does not tell its name, and the tutor says the text does not tell. Each row: invented notes, a
question, the fact a teacher expects in the reply, or None when the notes do not answer it."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

ORION = ("Orion 7 flew in May 1971. Its crew, Ann Ko, Ben Loy and Cai Moe, used the lander as a lifeboat.\n\n"
         "Orion 6 flew in March 1971 and its lander, Falcon, set down on the plain of Tarn.\n\n"
         "The Orion rockets were built in Vell.")
SHIP = ("The mill owner Tom Kell sailed to Vell on the steamer Nightjar in 1840.\n\n"
        "Kell's second ship was called the Pelican.\n\nKell's dog died at sea in 1841.")
# the name far from the thing, given by a naming word of the language (`Words.name_pattern`)
HORSE = ("Kell kept a horse at the mill in Vell; the workers there nicknamed it, after long debate among themselves, "
         "Blaze.\n\nKell sailed to Orm in 1840.")

ENGLISH = [
    (ORION, "What was the name of Orion 7's lander?", None),  # the lander is only mentioned
    (ORION, "What was the name of Orion 6's lander?", "Falcon"),  # beside it
    (ORION, "what's the name of the lander of orion 6", "Falcon"),
    (SHIP, "What was the name of the steamer Kell sailed on?", "Nightjar"),
    (SHIP, "What was the name of Kell's second ship?", "Pelican"),  # a naming word
    (SHIP, "What was the name of Kell's dog?", None),
    (HORSE, "What was the name of Kell's horse?", "Blaze"),
    (ORION, "When did Orion 7 fly?", "May 1971"),  # no name asked: as before
]

ORLAN = ("Учёный Орлан жил в Велле. У Орлана умер маленький сын.\n\nСтаршую дочь Орлана звали Анна.\n\n"
         "Орлан построил мельницу на реке Орм.")
KON = "Учёный Орлан держал коня на мельнице; рабочие прозвали его, после долгого спора между собой, по имени Гром."

RUSSIAN = [
    (ORLAN, "Как звали сына Орлана?", None),
    (ORLAN, "Как звали старшую дочь Орлана?", "Анна"),
    (ORLAN, "как звали дочь орлана", "Анна"),
    (KON, "Как звали коня Орлана?", "Гром"),
    (ORLAN, "Где жил Орлан?", "в Велле"),
]


def _answers(notes: str, question: str, fact: str | None, language: str) -> bool:
    tutor = tutor_on(notes, "Notes", language=language)
    return tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), ENGLISH, ids=[q for _, q, _ in ENGLISH])
def test_english_names_asked(notes, question, fact):
    assert _answers(notes, question, fact, "en")


@pytest.mark.parametrize(("notes", "question", "fact"), RUSSIAN, ids=[q for _, q, _ in RUSSIAN])
def test_russian_names_asked(notes, question, fact):
    assert _answers(notes, question, fact, "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Как звали капитана парохода «Ирма Вельд»?", None),  # "у острова Ларн" names a place, no captain
    ("Как звали капитана шхуны «Тарна»?", "Густав Ренн"),
])
def test_the_name_of_a_person_by_role_is_a_persons(question: str, fact: str | None) -> None:
    """"Как звали капитана X?" asks a person's name: a passage that does not say the captain answers only with a
    person's name the question does not give, not with a place's ("сел на мель у острова Ларн")."""
    tutor = tutor_on("В 1912 году пароход «Ирма Вельд» сел на мель у острова Ларн.\n\n"
                     "Капитаном шхуны «Тарна» был Густав Ренн.\n", "Суда", "ru", section_title="Суда")
    if fact is None:
        assert tutor.ask(question).kind == "decline"
    else:
        assert says(tutor, question, fact)
