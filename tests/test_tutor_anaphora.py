"""A name said by a pronoun (`tutor.otherwise`): a passage that opens with a pronoun goes on about what the sentence
right before it names, so "сколько лет Карской сопке?" is answered by "... Карская сопка ... Это молодой вулкан: его
возраст около 9 000 лет", as fully as if it named the volcano; in English and Russian. A sentence further back, or a
passage that opens with a name of its own, does not lend its name. Shown on small texts written here (no pack's
subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor, ranking

RU_NOTES = """\
Карская сопка стоит на севере острова Мерк.
Карская сопка — самый высокий вулкан острова.
Это молодой вулкан: его возраст около 9 000 лет.
Рядом лежит Тихая сопка, которая давно потухла.
Тихая сопка старше соседки в десять раз, её склоны покрыты лесом.
На острове живут рыбаки и оленеводы.
Рыбаки ловят треску и палтуса.
"""
EN_NOTES = """\
The Morrow Bridge crosses the river Tane at Helby.
The Morrow Bridge was designed by the engineer Ada Fenwick.
It has a main span of 340 metres.
The old ferry at Helby closed when the bridge opened.
Boatmen on the river Tane carried coal and wool.
"""
RU = Pack(id="merk", title="Остров Мерк", language="ru", cards=(),
          sections=(Section(id="v", title="Вулканы острова", notes=RU_NOTES),))
EN = Pack(id="tane", title="The river Tane", cards=(), sections=(Section(id="b", title="The bridge", notes=EN_NOTES),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"ru": Tutor(RU, cache=False), "en": Tutor(EN, cache=False)}


@pytest.mark.parametrize(("lang", "question", "fact"), [
    ("ru", "Сколько лет Карской сопке?", "9 000 лет"),
    ("en", "How long is the main span of the Morrow Bridge?", "340 metres"),
])
def test_a_name_the_sentence_before_gives_is_said_by_the_pronoun(tutors, monkeypatch, lang, question, fact):
    reply = tutors[lang].ask(question)
    assert reply.kind == "answer" and fact in reply.text
    monkeypatch.setattr(ranking, "said_before", lambda *args, **kwargs: False)
    without = tutors[lang].ask(question)
    assert not (without.kind == "answer" and fact in " ".join(without.sentences[:1]))  # not first, or not at all


def coverage(tutor: Tutor, question: str, sentence: str) -> float:
    """The share of a question a sentence of the notes covers in its own words."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    doc = next(d for d in tutor.docs if d.text.startswith(sentence))
    return tutor.ranker.coverage(doc, asked.units, asked.total)[1]


def test_a_name_said_further_back_or_by_a_passage_naming_its_own_is_not_lent(tutors):
    ru = tutors["ru"]
    # "Рядом лежит Тихая сопка ...": names a volcano of its own; the pronoun of the next is Тихая's, not Карская's
    assert coverage(ru, "Сколько лет Карской сопке?", "Тихая сопка старше") < 0.5
    # "Рыбаки ловят ...": opens with no pronoun, and the island is named two sentences back
    assert coverage(ru, "Что ловят рыбаки острова Мерк?", "Рыбаки ловят") < 1.0
