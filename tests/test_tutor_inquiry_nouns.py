"""Someone's inquiry named by its noun, told by its verb (`tutor.inquiry_nouns`): "what did Ilse Marek use in her
experiments?" is answered by "Ilse Marek tested ... with copper wires": the noun of inquiry is met by a verb of inquiry
whose agent is the question's own name. Not when the passage tells another's inquiry, nor when the question names no
one. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Static electricity builds up when two materials are rubbed together.
In 1761 the chemist Ilse Marek tested how sparks jump between copper wires held in dry air.
Later Otto Brann found that damp air lets the charge leak away.
A charged amber rod attracts small pieces of paper.
"""
PACK = Pack(id="static", title="Static electricity", cards=(), sections=(Section(id="s", title="Charge", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize("question", [
    "what did Ilse Marek use in her experiments?",
    "what did Marek use in her investigations?",
])
def test_a_noun_of_inquiry_is_met_by_its_verb(tutor: Tutor, question: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert "copper wires" in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "what did Otto Brann use in his experiments?",  # the passage on him tells no inquiry, the other one not his
    "what did the experiments use?",  # no one named whose act a passage tells
])
def test_no_inquiry_of_the_one_asked_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
