"""A question names an event or a thing otherwise than the notes do (round 59): setting out ("отплыл", "отчалил" /
"вышел из порта"), a journey ("путешествие" / "плавание", "поход"), a name asked by "как звали X?" ("X по кличке Y"),
"how long did X last?" (a span answers), and a yes/no question the notes answer with the contrary ("кто-нибудь
погиб?": "все остались живы"). Each row: invented notes, a question, the fact a teacher
expects in the reply, or None when the notes do not answer it."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

PLOT = ("Плот «Чайка» вышел из Тарска 3 июня 1955 года. На плоту было шесть человек.\n\n"
        "Плавание закончилось через 88 дней у острова Мелл.\n\n"
        "На борту жил попугай по кличке Фрол.\n\nВсе шестеро остались живы.\n\n"
        "Сегодня плот хранится в музее в Тарске.")
# a text that tells no departure, no journey's length, no pet's name and no one's fate
KLUB = ("Клуб моряков Тарска открылся в 1950 году. В клубе было шесть комнат.\n\n"
        "Книга о клубе вышла в 1957 году.")

RUSSIAN = [
    (PLOT, "Когда отплыл плот?", "3 июня 1955"),
    (PLOT, "когда отчалил плот", "3 июня 1955"),
    (PLOT, "Сколько длилось путешествие?", "88 дней"),
    (PLOT, "Как звали попугая?", "Фрол"),
    (PLOT, "Кто-нибудь погиб?", "остались живы"),
    (PLOT, "Погиб ли кто-нибудь?", "остались живы"),
    (KLUB, "Когда отплыл плот?", None),
    (KLUB, "Сколько длилось путешествие?", None),
    (KLUB, "Кто-нибудь погиб?", None),
    (KLUB, "Как звали попугая?", None),
]

SHIP = ("The brig Heron left Vell on 4 May 1820 with a crew of eight.\n\n"
        "The voyage ended after 61 days at Orm.\n\nA cat nicknamed Pip lived on board.\n\nAll eight survived.")
INN = "The Heron inn opened in Vell in 1820. It had eight rooms."

ENGLISH = [
    (SHIP, "How long did the voyage last?", "61 days"),
    (SHIP, "how long did the voyage take", "61 days"),
    (SHIP, "Did anyone die?", "survived"),
    (SHIP, "What was the cat called?", "Pip"),
    (SHIP, "Did anyone survive?", "All eight survived"),
    (INN, "How long did the voyage last?", None),
    (INN, "Did anyone die?", None),
]


def _answers(notes: str, question: str, fact: str | None, language: str) -> bool:
    tutor = tutor_on(notes, "Notes", language=language)
    return tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), RUSSIAN, ids=[f"{q}-{f}" for _, q, f in RUSSIAN])
def test_russian_events_said_otherwise(notes, question, fact):
    assert _answers(notes, question, fact, "ru")


@pytest.mark.parametrize(("notes", "question", "fact"), ENGLISH, ids=[f"{q}-{f}" for _, q, f in ENGLISH])
def test_english_events_said_otherwise(notes, question, fact):
    assert _answers(notes, question, fact, "en")
