"""A reason told in other words of what a "why" question asks (`tutor.unsaid_verbs.reason_otherwise`): a passage that
names every name of the question and gives a reason answers it though it says what is asked of the names otherwise,
when the pack never uses the question's word ("innocent": "could not have started the fire"); a question naming what
no passage names is still declined. Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
In 1432 a fire destroyed the wool hall of Dunmere, and many blamed the Tarn weavers.
Abbot Rolf led the abbey of Dunmere from 1420 to 1450.
The Tarn weavers had quarrelled with the town council over the price of wool.
Abbot Rolf argued that the Tarn weavers could not have started the fire, because they were at the Lisk fair that week.
The town council later fined the hall's keeper ten marks for neglect.
Abbot Rolf also wrote a chronicle of the town.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(Pack(id="dunmere", title="Dunmere", cards=(), sections=(
        Section(id="s", title="The fire", notes=NOTES),)), cache=False)


@pytest.mark.parametrize("question", [
    "Why did Abbot Rolf say the Tarn weavers were innocent?",
    "Why did Abbot Rolf think the Tarn weavers were guiltless?",
])
def test_a_reason_said_otherwise(tutor: Tutor, question: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert not reply.no_reason
    assert "at the Lisk fair" in " ".join(reply.sentences)


def test_no_passage_names_them(tutor: Tutor) -> None:
    reply = tutor.ask("Why did Abbot Rolf say the Orne dyers were innocent?")  # no passage names the Orne dyers
    assert reply.kind == "decline" or reply.no_reason
