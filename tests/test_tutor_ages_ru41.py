"""An age asked and told in Russian by where it starts (issue #12, round 41): "с какого возраста X?", "во сколько лет
X?" ask an age as "в каком возрасте X?" does, and "после 50–55 лет", "с семи лет", "к 30 годам" tell one, while "после
1912 года" (a date) and "после 20 лет работы" (a span) tell none; a verb of beginning only frames a question of the age
something starts at ("в каком возрасте начинается X?": "после 50 лет X"); a year typed with its ending ("в 1985м") is
the year. Shown on forms and on a small text written here, with the questions it does not answer, which stay
declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.asked_ru import asks_age, says_age

NOTES = """\
Гончарная мастерская Полозова открылась в 1912 году в Вятке.
Лепке на круге ученики мастерской учатся с семи лет.
После 50–55 лет у гончаров нередко развивается артроз кистей: пальцы теряют гибкость.
Через 10 лет после 1912 года мастерская переехала в Киров.
В 1985 году мастерская выпустила около 40 тысяч горшков.
"""
PACK = Pack(id="gonchar", title="Гончары", language="ru", cards=(),
            sections=(Section(id="s", title="Мастерская Полозова", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "age"), [
    ("С какого возраста начинается артроз?", True),
    ("До какого возраста учатся ученики?", True),
    ("Во сколько лет ученики учатся лепке?", True),
    ("С каких лет учатся лепке?", True),
    ("Через сколько лет мастерская переехала?", False),  # a span, not an age
    ("Во сколько раз выросла мастерская?", False),
])
def test_an_age_asked(tutor, question, age):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert asks_age(asked) is age


@pytest.mark.parametrize(("sentence", "age"), [
    ("После 40–45 лет развивается болезнь.", True),
    ("С шести лет он пел в хоре.", True),
    ("К 30 годам он стал мастером.", True),
    ("До семи лет дети играют.", True),
    ("Через 5 лет после 1900 года завод закрыли.", False),  # "после 1900 года": a date
    ("С 1880 года завод работал без перерыва.", False),
    ("После 20 лет работы он ушёл на покой.", False),  # a span of work, not an age
    ("Спустя 40 лет после войны музей открылся.", False),
])
def test_an_age_told_by_where_it_starts(sentence, age):
    assert says_age(sentence) is age


@pytest.mark.parametrize(("question", "expected"), [
    ("В каком возрасте начинается артроз кистей?", "После 50–55 лет"),  # "начинается" only frames the age asked
    ("С какого возраста у гончаров начинается артроз?", "После 50–55 лет"),
    ("С каких лет ученики учатся лепке?", "с семи лет"),
    ("Сколько горшков выпустила мастерская в 1985м?", "40 тысяч"),  # "1985м": 1985
])
def test_answered(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "Сколько горшков выпустила мастерская в 1990м?",  # another year
])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("sentence", "age"), [
    ("К началу гонки пилоту был 21 год.", True),  # a count ending in "один" takes "был ... год"
    ("В тот день ей исполнился тридцать один год.", True),
    ("Это был 1905 год.", False),  # a year, no age
    ("В деревне был голодный год.", False),
])
def test_an_age_said_by_bil_god(sentence, age):
    assert says_age(sentence) is age
