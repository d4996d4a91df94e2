"""A verb of lasting asks a span of time (issue #12): "сколько длился полёт?", "сколько длилась осада?" want a
duration, as "сколько времени" does (`lexicon_ru_tutor.RUSSIAN_TUTOR.measures`), so a sentence that gives one answers
it, not one that gives the day the thing began. Shown on a small text written here, with questions it does not
answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import QUANTITY_KEY

NOTES = """\
Экспедиция на ледоколе «Север» вышла из Мурманска 12 июля 1936 года.
Плавание экспедиции длилось 94 дня и закончилось во Владивостоке.
Капитан Андрей Лебедев вёл судовой журнал, в котором записано 312 страниц.
Ремонт винта во льдах продолжался без перерыва, пока не сменился ветер.
"""
PACK = Pack(id="sever", title="Ледокол «Север»", language="ru", cards=(),
            sections=(Section(id="s", title="Плавание «Севера»", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


SPAN = QUANTITY_KEY + "duration"  # the key a figure of time meets


def _keys(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.numeric
    return frozenset().union(*(u.strong for u in asked.units))


@pytest.mark.parametrize("question", ["Сколько длилось плавание?", "Сколько длился полёт?",
                                      "Сколько длились переговоры?", "Сколько длилась осада?"])
def test_a_verb_of_lasting_asks_a_span_of_time(tutor, question):
    assert SPAN in _keys(tutor, question)


@pytest.mark.parametrize("question", ["Сколько страниц в журнале?", "Сколько дней было в пути судно?"])
def test_other_counts_ask_none(tutor, question):
    assert SPAN not in _keys(tutor, question)


def test_the_span_answers(tutor):
    reply = tutor.ask("Сколько длилось плавание экспедиции?")
    assert reply.kind == "answer", reply.text
    assert "94 дня" in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "Сколько длилась зимовка экспедиции?",  # the text tells of no wintering
    "Сколько длился ремонт винта?",  # it says how the repair went on, not for how long
])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
