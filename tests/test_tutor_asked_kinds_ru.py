"""The kind of answer a Russian question asks, read from its question words (`lexicon_ru_tutor.RUSSIAN_TUTOR.asks`):
"какое число X-ло?" with a word after "число" asks a figure (what the number was), not a date as "какое число было?"
does; "с какого времени / до какого момента X?" asks since or until when (a date), not a span of time. Shown on small
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
На гербе города Вельска изображён лось; число 7 на старом знамени обозначало семь слобод.
Буква «зело» в старом счёте обозначала число 6, а буква «глаголь» обозначала число 3.
С осени 1922 года все лавки Вельска должны были закрываться в восемь вечера.
Ярмарку проводили на соборной площади до весны 1931 года, когда её перенесли к реке.
Первый мост через Вагу построили за четыре года.
"""
PACK = Pack(id="velsk", title="Вельск", language="ru", cards=(),
            sections=(Section(id="s", title="Старый Вельск", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("Какое число обозначала буква глаголь?", "число 3"),
    ("какое число обозначала буква зело в старом счёте", "число 6"),
    ("С какого времени лавки Вельска должны были закрываться в восемь?", "осени 1922"),
    ("до какого времени ярмарку проводили на соборной площади?", "весны 1931"),
    ("С какого момента лавки должны были закрываться в восемь вечера?", "осени 1922"),
])
def test_the_kind_asked_is_read_from_the_question_words(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "dated", "numeric"), [
    ("Какое число обозначала буква глаголь?", False, True),
    ("какое число было тогда?", True, False),
    ("Какое сегодня число?", True, False),
    ("С какого времени лавки закрывались в восемь?", True, False),
    ("До какого момента шла ярмарка?", True, False),
    ("Сколько времени строили мост?", False, True),
])
def test_a_number_or_a_date(tutor, question, dated, numeric):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and (asked.wants.dated, asked.wants.numeric) == (dated, numeric)
