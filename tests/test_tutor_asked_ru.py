"""Three rules of Russian the tutor reads questions by (issue #12): a prefixed verb of going keyed alike in its three
stems (`tutor.motion_ru`: "вышел", "выйти", "выход"); an age asked ("сколько лет было X?") met only by a passage that
says one; a "когда" question in the present tense met by a condition or a moment ("если ...", "в конце ..."), while
one in the past still wants a date (`tutor.asked_ru`). Shown on forms and on a small text written here, with the
questions it does not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.asked_ru import asks_age, asks_condition, says_age
from studybot.core.tutor.motion_ru import MOTION_KEY, motion_keys
from studybot.core.tutor.tenses_ru import tense_keys

# -------------------------------------------------------------- the forms


@pytest.mark.parametrize("forms", [
    ("вышел", "вышла", "вышли", "выйти", "выйдет", "выходит", "выходил", "выход", "выхода"),
    ("вошел", "войти", "входит", "входил", "вход"),
    ("ушла", "уйти", "уходит", "уход"),
    ("перешли", "перейти", "переходит", "переход"),
    ("произошло", "произойти", "происходит"),
    ("подошел", "подойти", "подходит", "подход"),
])
def test_the_three_stems_of_a_verb_of_going_share_one_key(forms):
    (keys,) = {motion_keys(f) for f in forms}
    assert len(keys) == 1 and all(k.startswith(MOTION_KEY) for k in keys)


def test_each_prefix_keeps_its_own_key():
    assert motion_keys("вышел") != motion_keys("вошел") != motion_keys("ушел")
    assert motion_keys("вошел") == frozenset({MOTION_KEY + "в"})  # "во-" before "-шёл" is "в-" before "-ход"


@pytest.mark.parametrize("word", ["ход", "шел", "идти", "ходит",  # no prefix: "ход поршня" is no "шёл"
                                  "нашел", "найти", "находится",  # "на-": found, or is
                                  "доход", "расход", "исход", "восход",  # a noun of another meaning
                                  "выходные", "сшила", "ушки", "вышка"])
def test_other_words_get_no_key(word):
    assert motion_keys(word) == frozenset()


def test_the_key_is_among_a_russian_words_tense_keys_only():
    assert motion_keys("вышел") <= tense_keys("вышел", "ru")
    assert tense_keys("вышел", "en") == frozenset()


# -------------------------------------------------------------- what a question asks


@pytest.mark.parametrize(("question", "age", "condition"), [
    ("Сколько лет было Орлову, когда он спустился?", True, False),
    ("В каком возрасте Орлов спустился на дно?", True, False),
    ("Сколько лет живёт водолаз?", False, False),  # a span, not an age
    ("Сколько лет водолазному колоколу?", True, False),  # the years of a thing in the dative
    ("Сколько лет Орлову?", True, False),
    ("Сколько лет строили колокол?", False, False),  # a span: a verb after "лет"
    ("Сколько лет шёл спуск?", False, False),
    ("Когда водолаз входит в опасное состояние?", False, True),
    ("В какой момент колокол поднимают?", False, True),
    ("Когда подъёмная сила равна весу?", False, True),
    ("Когда Орлов спустился на дно?", False, False),  # the past: a date
    ("Когда будет следующий спуск?", False, False),
    ("Что получается, когда давление падает?", False, False),  # "когда" inside: no question of time
    ("When does the diver enter the bell?", False, False),
])
def test_what_kind_of_answer_a_question_asks(tutor, question, age, condition):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert (asks_age(asked), asks_condition(asked)) == (age, condition)


@pytest.mark.parametrize(("sentence", "age"), [
    ("Гагарину было 27 лет.", True),
    ("Он умер в возрасте тридцати семи лет.", True),
    ("В двенадцать лет он поступил в училище.", True),
    ("Она вышла замуж шестнадцати лет.", True),  # a count of years in the genitive
    ("Ей было 16, когда она вышла замуж.", True),
    ("Двенадцатилетний мальчик поступил в училище.", True),
    ("Это молодой вулкан: его возраст около 7 000 лет.", True),  # "возраст", a figure in groups of three
    ("Умер на 38-м году жизни.", True),
    ("В 1811 году он поступил в училище.", False),  # a year is no age
    ("В тот год он поступил в училище.", False),
    ("Полёт длился 108 минут.", False),
    ("Училище работало около двадцати лет.", False),  # a span of years, not someone's age
    ("За последние 300 лет было более 100 извержений.", False),
])
def test_which_sentences_say_an_age(sentence, age):
    assert says_age(sentence) is age


# -------------------------------------------------------------- on a text

NOTES = """\
Водолаз Степан Орлов родился в 1901 году в Архангельске.
В 1930 году Орлову было 29 лет.
Первым из колокола под водой выглянул Зуев.
Первый выход водолаза из колокола под водой совершил Орлов 3 мая 1930 года.
Его напарник Пётр Зуев пробыл на дне 12 минут.
Если давление падает слишком быстро, водолаз может войти в опасное состояние — кессонную болезнь.
В конце спуска, чуть раньше, чем колокол коснётся дна, водолаз открывает клапан.
Колокол весил около двух тонн.
"""
PACK = Pack(id="vodolaz", title="Водолаз", language="ru", cards=(),
            sections=(Section(id="s", title="Водолаз Орлов", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("Кто первым вышел из колокола под водой?", "Первый выход водолаза"),  # "вышел": "выход", not "выглянул"
    ("Сколько лет было Орлову в 1930 году?", "было 29 лет"),
    ("Когда водолаз входит в опасное состояние?", "Если давление падает"),  # "входит": "войти"; a condition
    ("В какой момент водолаз открывает клапан?", "В конце спуска"),
])
def test_answered(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "Сколько лет было Зуеву?",  # his time on the sea bed is no age
    "Кто первым вышел на Луну?",  # what it asks of is nowhere in the text
    "Когда водолаз вошёл в опасное состояние?",  # the past asks a date, and the text gives none of that
])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
