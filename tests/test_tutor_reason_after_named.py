""""Why did X do Y?" is not answered by the sentence after X's that gives a reason for another doer's deed
(`replies._name_left`): "In 1906 Lee added a grid, and so made the triode" after "Fleming built the first tube" is
Lee's "so", not Fleming's reason; the sentence after still answers when it names X or goes on from X's sentence. Shown
on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Anna Verhoef built the first salt kiln at Tessel in 1820.
In 1835 Jan Mols added a second flue, and so made the kiln twice as fast.

Pieter Hals built a stone mill at Arlen in 1840.
Pieter Hals needed flour for the garrison, so he built the mill beside the river.
"""
PACK = Pack(id="reasons-after", title="Kilns", cards=(), sections=(Section(id="s", title="Kilns", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_another_doers_reason_after_is_no_answer(tutor: Tutor) -> None:
    reply = tutor.ask("Why did Verhoef build the salt kiln?")
    assert reply.no_reason or reply.kind == "decline"
    assert "flue" not in reply.text


def test_the_doers_own_reason_after_still_answers(tutor: Tutor) -> None:
    reply = tutor.ask("Why did Hals build the stone mill?")
    assert reply.kind == "answer" and not reply.no_reason
    assert "garrison" in reply.text
