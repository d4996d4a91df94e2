"""A byname asked with "прозвать" is said by the notes with "называть" ("Как прозвали X?": "X стали называть Y"): a
byname is a name given (`lexicon_ru_paraphrase`). Notes written here, no pack's subject."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Реформу городского управления в Лемске провели в 1870 году.
Реформу готовил городской голова, купец Авдей Ручьёв, вступивший в должность в 1866 году.
После реформы в городе появились дума и управа.

Ручьёв построил в Лемске первую паровую мельницу и богадельню.
Горожане стали называть Ручьёва Отцом Города.
"""
PACK = Pack(id="lemsk", title="Лемск", language="ru", cards=(), sections=(Section(id="s", title="Лемск", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize("question", ["Как прозвали Ручьёва после реформы?", "Как прозвали Ручьёва горожане?"])
def test_a_byname_asked_with_one_verb_is_found_said_with_the_other(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and "Отцом Города" in reply.text


def test_a_byname_the_notes_do_not_give_is_declined(tutor):
    assert tutor.ask("Как прозвали жену Ручьёва?").kind == "decline"
