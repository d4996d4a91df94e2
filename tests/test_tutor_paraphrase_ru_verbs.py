"""General Russian verbs a question says otherwise than the notes (`lexicon_ru_paraphrase`): "разрешил" / "одобрил",
"платил" / "оплатили"; shown on small notes written here (no pack's subject), with questions the notes do not answer
still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
В 1763 году городская дума одобрила постройку каменного моста через реку Вереть.
Постройку оплатили купец Селиванов и уездная казна.
Подрядчик Мохов считал себя хозяином стройки, и между ним и архитектором Линдом начались ссоры.
Из-за сырости в бараках у рабочих выросло число болезней лёгких.
Мост открыли осенью 1768 года.
"""
PACK = Pack(id="most", title="Мост", language="ru", cards=(),
            sections=(Section(id="s", title="Каменный мост через Вереть", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("кто разрешил строить мост", "одобрила постройку"),
    ("кто платил за постройку моста", "купец Селиванов"),
])
def test_a_question_in_other_words_finds_the_sentence(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["кто запретил строить мост", "сколько платили рабочим",
                                      "кто разрешил закрытие моста", "кто оплатил ремонт церкви"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
