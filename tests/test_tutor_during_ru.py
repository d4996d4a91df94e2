""""во время X" in a Russian question is a preposition, "during X" (`TutorWords.rewrites`): the text that answers
says X, not "время", and a sentence that says "в то время" is no answer for it; shown on small notes written here
(no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Ярмарку в Усолье открыли в 1822 году у соляных варниц.
Мёд в то время был главным товаром приезжих торговцев.
В дни ярмарки в посаде случилось наводнение, и вода залила нижние ряды лавок.
Ярмарку перенесли на высокий берег в 1840 году.
"""
PACK = Pack(id="yarmarka", title="Ярмарка", language="ru", cards=(),
            sections=(Section(id="s", title="Ярмарка в Усолье", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_during_is_no_word_the_answer_must_hold(tutor):
    reply = tutor.ask("какое наводнение было в посаде во время торгов")
    assert reply.kind == "answer" and "залила нижние ряды" in reply.text and "в то время" not in reply.text


@pytest.mark.parametrize("question", ["какой пожар был во время ярмарки", "сколько стоил мед во время ярмарки",
                                      "кто торговал во время войны"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
