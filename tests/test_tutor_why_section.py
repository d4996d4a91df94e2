"""A section whose title says it gives reasons ("Why the town has no railway") answers the "why" question its title
asks with its own sentences, even when another section holds a sentence with a purpose clause that shares words
with the question. The notes are invented (a harbour town), never a pack's words."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

WHY = Section(id="why", title="Why the town sees no reason to build a railway", notes=(
    "The town has no reason to take an interest in a railway from a practical point of view.\n"
    "Only 40 carts a week leave its market.\n"
    "The river barges already carry all its grain.\n"))
OTHER = Section(id="trade", title="How the town might still trade", notes=(
    "The town even hired a surveyor to pursue the building of a railway quay.\n"
    "Its merchants sell wool to Dunmere.\n"))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(Pack(id="t", title="Corvel", sections=(WHY, OTHER), cards=(), language="en"), language="en",
                 cache=False)


@pytest.mark.parametrize("question", [
    "Why does the town see no reason to build a railway?",
    "why does the town see no reason to engage with a railway?",
])
def test_the_section_titled_why_gives_the_reasons(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and reply.section_id == "why", reply.text
    assert "40 carts" in reply.text and "surveyor" not in reply.text, reply.text


def test_a_why_question_the_section_does_not_ask_is_not_sent_there(tutor):
    reply = tutor.ask("why did the town hire a surveyor?")
    assert reply.kind == "answer" and reply.section_id == "trade", reply.text
    assert "surveyor" in reply.text, reply.text
