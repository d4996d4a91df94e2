"""Russian questions of round 46 (issue #12), on invented notes of no pack:

- "какой ток идёт через X?" asks a figure, not which named current: "около 15 мА" supplies it though the notes name a
  current elsewhere ("I — это сила тока"), so that a name is looked for no more (`instances.asks_named`);
- "мама" is "мать" ("сколько лет было X, когда умерла мама?"), a general word of the lexicon
  (`lexicon_ru_paraphrase`);
- a clause of time after another question ("что X сказал, когда поезд тронулся?") only dates it: its
  plain words weigh light (`when_clause_ru`), unless the question proper names nothing ("что получается, когда ...?")
  or asks "когда" itself;
- "что такое X?" is answered first from the sentence that opens with X and a dash ("X (Y) — буква, которая ..."), as
  from one with a copula ("X — это ..."), not from one that only uses the word (`definitions.opens_defining`); a
  dash before a figure gives a value, no definition."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Question
from studybot.core.tutor.definitions import opens_defining
from studybot.core.tutor.documents import Doc
from studybot.core.tutor.ranking import OPENING_WORDS
from studybot.core.tutor.supplying import supplies
from tests.notes import tutor_on

NOTES = """\
Переменный ток меняет направление много раз в секунду.
Буквой I обозначают ток: I — это сила тока в амперах.
Ток около 15 мА течёт через сигнальную лампу пульта.
Мастерская Петра Ивина стояла у пристани.
Мать Петра умерла, когда ему было одиннадцать лет, и мальчика взял к себе дядя.
Дядя учил его чинить лодки и сети.
Ярмарки в посёлке проходили два раза в месяц, и на них продавали рыбу и сети.
Доля улова, проданного на ярмарках, выросла до 40 процентов.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Посёлок у пристани", "ru")


def _asked(tutor: Tutor, question: str) -> Question:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked


def _passage(tutor: Tutor, start: str) -> Doc:
    return next(d for d in tutor.docs if d.text.startswith(start))


@pytest.mark.parametrize(("question", "start", "gives"), [
    ("Какой ток идёт через сигнальную лампу?", "Ток около 15 мА", True),  # a figure is asked: no name needed
    ("Сколько лет было Петру, когда умерла мама?", "Мать Петра", True),
    ("Какой ток идёт через сигнальную лампу?", "Мастерская Петра", False),  # no figure at all
])
def test_ru_a_figure_asked_by_its_noun_is_supplied_by_a_figure(tutor: Tutor, question: str, start: str,
                                                               gives: bool) -> None:
    assert supplies(_passage(tutor, start), _asked(tutor, question), tutor.library.words) is gives


@pytest.mark.parametrize(("question", "word", "start", "said"), [
    ("Сколько лет было Петру, когда умерла мама?", "мама", "Мать Петра", True),
    ("Сколько лет было Петру, когда умерла тётя?", "тетя", "Мать Петра", False),
])
def test_ru_a_word_of_the_question_is_said_by_the_passage(tutor: Tutor, question: str, word: str, start: str,
                                                          said: bool) -> None:
    unit = next(u for u in _asked(tutor, question).units if u.text == word)
    covered, _ = tutor.ranker.coverage(_passage(tutor, start), (unit,), unit.weight)
    assert covered > 0.9 if said else covered == 0.0  # (a synonym of the word counts a little less than itself)


@pytest.mark.parametrize(("question", "fact"), [
    ("Какой ток идёт через сигнальную лампу?", "15 мА"),
    ("Сколько лет было Петру, когда умерла мама?", "одиннадцать лет"),
])
def test_ru_the_figure_asked_answers(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Какой ток идёт через двигатель насоса?",  # no current of a pump is said
])
def test_ru_what_the_notes_do_not_say_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


CLAUSE_NOTES = """\
Когда купец Семён Рябов приехал в Лугово, на ярмарке торговали уже 300 лавок.
Рябов привёз на ярмарку сукно и соль.
В первый день торгов Рябов сказал приказчикам: «Торгуем честно».
При смешивании соли и воды получается рассол.
"""


@pytest.fixture(scope="module")
def fair() -> Tutor:
    return tutor_on(CLAUSE_NOTES, "Ярмарка в Лугове", "ru")


@pytest.mark.parametrize(("question", "word", "light"), [
    ("Сколько лавок было у Рябова, когда он приехал в Лугово?", "приехал", True),  # the clause only dates it
    ("Что Рябов сказал, когда начались торги?", "начались", True),
    ("Сколько лавок было у Рябова, когда он приехал в Лугово?", "лавок", False),  # the question proper
    ("Когда Рябов приехал в Лугово?", "приехал", False),  # "когда" asked
    ("Что получается, когда смешивают соль и воду?", "смешивают", False),  # no name in the question proper: the
])  # clause is what it asks of
def test_ru_a_clause_of_time_weighs_light(fair: Tutor, question: str, word: str, light: bool) -> None:
    unit = next(u for u in _asked(fair, question).units if u.text == word)
    assert unit.light is light


@pytest.mark.parametrize(("sentence", "term", "defines"), [
    ("Ижица (ѵ) — буква, которая писалась в немногих словах.", "ижица", True),  # a dash after the term, brackets
    ("Зона, по Ивину, — край, где почвы и травы связаны.", "зона", True),  # a phrase between them
    ("Произносилась ижица точно так же, как «и».", "ижица", False),  # it names the term, no dash opens a definition
    ("Температура рассола — около 20 °C.", "температура", False),  # a value, no definition
    ("В старой азбуке было много букв — и ижица, и фита.", "ижица", False),  # the term after the dash
])
def test_ru_a_dash_after_the_term_opens_a_definition(fair: Tutor, sentence: str, term: str, defines: bool) -> None:
    words = fair.library.words
    assert opens_defining(sentence, frozenset({words.stem(term)}), words, OPENING_WORDS) is defines
