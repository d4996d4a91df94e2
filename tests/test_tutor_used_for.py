"""What a thing was used for (`tutor.unmarked_reasons`): "what were the smallest lamps used for?" is answered by a "for"
phrase in the clause of a word of the question ("the smallest for deputies testing the air"), with no "the text gives
no reason" opening; a sentence with no "for" phrase after the thing asked still says it gives none. Shown on a small
text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Lamps were made in several types; the larger were for the main roads of the mine, and the smallest for deputies.
A blue cap above the flame showed that methane was present.
Electric cap lamps replaced flame lamps in most pits after 1930.
"""
PACK = Pack(id="pits", title="Pit lamps", cards=(), sections=(Section(id="s", title="Later lamps", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize("question", [
    "what were the smallest lamps used for?",
    "what was the smallest type used for?",
    "what were the larger lamps for?",
])
def test_a_for_phrase_says_what_it_was_used_for(tutor: Tutor, question: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert not reply.no_reason
    assert "the smallest for deputies" in reply.sentences[0]


def test_no_for_phrase_gives_no_use(tutor: Tutor) -> None:
    reply = tutor.ask("what were electric cap lamps used for?")
    assert reply.kind == "decline" or reply.no_reason
