"""A count told by telling each one (`tutor.told_each`): "how many turns does the river make?" is answered by "The
river turns east at Orla and turns again at Besk": no figure, but each act the question counts by its noun is said.
Not by a passage that names the things ("the bends", "sharp bends", "three bends") without telling each, nor one
saying the act once, nor once of each of two subjects ("the towpath turns inland, and the old canal turns south").
Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
The Vell rises in the hills above Marrow.
Below Marrow the Vell turns east at Orla and turns again at Besk before it reaches the sea.
The old road to Besk has sharp bends near the pass, and the bends are icy in winter.
The ferry at Orla stops at the mill and carries grain to the market.
Past Besk the towpath turns inland, and the old canal turns south to the sea.
"""
PACK = Pack(id="vell", title="The Vell", cards=(), sections=(Section(id="s", title="The river", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_each_act_told_answers_how_many(tutor: Tutor) -> None:
    reply = tutor.ask("how many turns does the Vell make below Marrow?")
    assert reply.kind == "answer"
    assert "turns again" in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "how many bends does the old road to Besk have?",  # "sharp bends", "the bends": things named, not counted
    "how many stops does the ferry at Orla make?",  # one stop told
    "how many turns does the towpath make past Besk?",  # one turn of each of two subjects
])
def test_things_named_or_one_act_tell_no_count(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
