"""A Russian question whose verb the text says with a verb of another root ("облетел Луну" / "сделал два витка вокруг
Луны") is answered by the one passage that says all else it names, gives the kind of answer wanted and is ranked first
(`verbs_unmet_ru`); a question the text does not answer is still declined. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.verbs_unmet_ru import is_verb

PACK = Pack(id="orbits-ru", title="Первые полёты", language="ru", cards=(), sections=(
    Section(id="k", title="Полёт Карлсона", notes=(
        "Первым в космос полетел пилот Карлсон на корабле «Заря-3».\n\n"
        "В 1961 году Карлсон сделал два витка вокруг Луны за шесть часов.\n"
        "Корабль «Заря-3» весил около четырёх тонн.\n"
        "После полёта Карлсон получил орден и стал инструктором.\n")),
    Section(id="m", title="Полёт Мартена", notes=(
        "Через год стартовал корабль «Заря-4» с пилотом Мартеном.\n\n"
        "Мартен провёл на орбите Луны почти сутки.\n"
        "Полёт Мартена готовили в городе Лесной.\n\n"
        "В 1962 году пилот Мартен совершил второй полёт.\n"
        "Корабль пробыл в космосе около девяти часов.\n")),
    Section(id="u", title="Устав", notes=(
        "Лётный устав 1931 года сохранил прежний порядок отбора и увеличил срок подготовки пилотов.\n\n"
        "Позже устав дополнили правилами о медицинском осмотре.\n"
        "Орден пилотам вручали в Москве.\n")),
))
TUTOR = Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "said"), [
    ("Сколько раз Карлсон облетел Луну в 1961 году?", "два витка"),
    ("сколько раз в 1961 году Карлсон обогнул Луну", "два витка"),
    ("Что изменил лётный устав 1931 года?", "увеличил срок"),
    ("Сколько часов летал Мартен в космосе?", "девяти часов"),  # the name said the sentence before
])
def test_the_one_passage_saying_all_else_answers(question: str, said: str) -> None:
    reply = TUTOR.ask(question)
    assert reply.kind == "answer" and said in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "Сколько раз Мартен облетел Землю?",  # the text tells of no orbits of the Earth
    "Когда Карлсон облетел Марс?",  # nor of Mars
    "Что стало с пилотом Карлсоном после награждения в Москве?",  # a later event the text does not tell
])
def test_what_the_text_does_not_say_is_declined(question: str) -> None:
    reply = TUTOR.ask(question)
    assert reply.kind == "decline", reply.text


@pytest.mark.parametrize(("word", "before", "verb"), [
    ("облетел", "", True),
    ("заседало", "", True),
    ("расскажите", "", False),  # no past, present or infinitive ending of the rule
    ("национальности", "", False),  # a noun in -ости
    ("голосовавших", "", False),  # a participle qualifies a noun
    ("расстрела", "после", False),  # a word after a preposition is a noun
    ("числа", "", False),  # the tables know it only as a noun
])
def test_what_is_a_verb(word: str, before: str, verb: bool) -> None:
    import Stemmer  # the stemmer the tutor's Russian uses
    assert is_verb(word, Stemmer.Stemmer("russian").stemWord, before) is verb


EVENTS = Pack(id="events-ru", title="Полярные пилоты", language="ru", cards=(), sections=(
    Section(id="o", title="Ольсен", notes=(
        "Пилот Ольсен сделал пять витков вокруг Марса.\n\n"
        "В 1960 году Ольсен вошёл в отряд «Сокол».\n"
        "Ольсен вылетел с базы Полярная в 1970 году.\n")),
    Section(id="m", title="Мартен", notes=(
        "Экспедиция Мартена вернулась из тундры в мае.\n"
        "Позже Мартен посетил Венеру.\n"
        "Мартен много лет учил молодых пилотов.\n")),
))
EVENTS_TUTOR = Tutor(EVENTS, cache=False)


@pytest.mark.parametrize(("question", "said"), [
    # two things named besides the verb, which the text never uses: the one passage saying both answers
    ("Сколько раз Ольсен облетел Марс?", "пять витков"),
])
def test_two_named_things_and_a_verb_the_text_never_uses(question: str, said: str) -> None:
    reply = EVENTS_TUTOR.ask(question)
    assert reply.kind == "answer" and said in reply.text, reply.text


@pytest.mark.parametrize(("tutor", "question"), [
    # two things named and a verb the text uses of another pilot: the passage of Ольсен tells of another event
    (EVENTS_TUTOR, "Сколько раз Ольсен посетил Марс?"),
    # a verb of a listed kind (leaving), whose ways of saying it the tables give: orbiting is another event
    (TUTOR, "Сколько раз Карлсон покинул Луну в 1961 году?"),
])
def test_another_event_of_the_same_people_is_declined(tutor: Tutor, question: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text
