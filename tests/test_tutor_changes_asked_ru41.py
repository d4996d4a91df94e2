"""A change someone or something made, asked in Russian (issue #12, round 41): "что изменил X?" is told by the deed
("X ввёл / отменил / сократил Y"), so "изменил" frames the question like "что сделал X?", a light word left out when
the text never uses it (`lexicon_framing.RU_FRAMING_WORDS`); "что изменилось?" is not touched. Shown on a small text
written here, with questions it does not answer, which stay declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Гребной флот России создан для войны со Швецией.
Устав 1714 года (при Петре I) сохранил прежнее жалованье и ввёл для гребцов единую форму.
Устав 1720 года (при Петре I) сохранил прежнее жалованье и сократил срок службы гребцов.
Морской устав написан по образцу шведского и голландского.
Галеры строили на верфях Петербурга и Воронежа.
"""
PACK = Pack(id="grebtsy", title="Гребцы", language="ru", cards=(),
            sections=(Section(id="s", title="Гребной флот", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize("question", ["Что изменил устав 1720 года?", "что поменяли в уставе 1714 года?",
                                      "Что изменила реформа?"])
def test_the_verb_of_a_change_made_frames_the_question(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert not any(u.text.startswith(("измен", "помен")) for u in asked.units)


def test_a_change_of_its_own_keeps_its_verb(tutor):
    asked = tutor.analyser.question("Что изменилось в уставе?", normalise("Что изменилось в уставе?"))
    assert asked is not None
    assert any(u.text.startswith("измен") for u in asked.units)


@pytest.mark.parametrize(("question", "expected"), [
    ("Что изменил устав 1720 года?", "сократил срок службы"),
    ("что поменял устав 1714 года?", "ввёл для гребцов"),
])
def test_answered(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize("question", ["Что изменил устав 1730 года?", "Что изменил Апраксин в уставе?"])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
