""""Кто был X?" in Russian (the "define" forms of `lexicon_ru_tutor`): with a name in the nominative it asks who X
was, as "кем был X?" and "who was X?" do, and is answered by the sentence that says so, not by one naming another
person beside X;
"кто был учителем X?" (an instrumental: a post) and "кто был в экспедиции?" still ask for a person. Shown on a small
text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Горный инженер Аркадий Варенцов в 1869 году первым прошёл перевал через хребет Тарс.
Независимо от Варенцова в 1871 году тот же перевал открыл картограф Пётр Ильич Сомов.
В экспедиции Варенцова было шесть человек.
"""
PACK = Pack(id="tars", title="Хребет Тарс", language="ru", cards=(),
            sections=(Section(id="t", title="Перевал", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize("question", ["Кто был Варенцов?", "кто был варенцов"])
def test_who_was_a_name_asks_who_he_was(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.define and not asked.wants.person
    reply = tutor.ask(question)
    assert reply.kind == "answer" and reply.sentences[0].startswith("Горный инженер")


@pytest.mark.parametrize("question", ["Кто был учителем Варенцова?", "Кто был первым на перевале?",
                                      "Кто был в экспедиции Варенцова?"])
def test_who_was_a_post_or_a_place_asks_for_a_person(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.person and not asked.wants.define
