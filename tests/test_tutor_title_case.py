"""A section title's first word is capitalised by the title, not because it is a name (`tutor.other_names`): the
section "Suspension bridges" of a text that writes "a suspension bridge" in lower case names no other bridge, so its
sentence "While it was being built, a storm ... tore away half of the deck" answers "what did the storm do to the
Orlo Strait Bridge?" (a title whose first word the text never writes in lower case, "Ключевская сопка", still names
another thing). Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
A suspension bridge hangs its deck from cables that pass over two towers.
The Orlo Strait Bridge in Velia opened in 1978 and joins Port Amar to Sella Island.
While it was being built, the great storm of 1975 tore away half of the deck.
"""
PAINTED = "The Orlo Strait Bridge is painted red every ten years.\n"


def _tutor(title: str, notes: str) -> Tutor:
    return Tutor(Pack(id="orlo", title="Bridges", cards=(), aliases={"Orlo Strait Bridge": ("Orlo Bridge",)}, sections=(
        Section(id="s", title=title, notes=notes),
        Section(id="t", title="The Orlo Strait Bridge", notes=PAINTED),
    )), cache=False)


@pytest.mark.parametrize("question", [
    "what did the 1975 storm do to the orlo strait bridge",
    "what did the great storm do to the Orlo Strait Bridge?",
])
def test_a_title_in_sentence_case_names_no_other(question: str) -> None:
    reply = _tutor("Suspension bridges", NOTES).ask(question)
    assert reply.kind == "answer"
    assert "tore away" in " ".join(reply.sentences)

