"""Agreement between a passage and its section (`Weights.section_share`): of two passages
that say the same words of a question, the one in the section whose title says them too
comes first. Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import dataclasses

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import DEFAULT_WEIGHTS, Tutor

PACK = Pack(id="t", title="A port town", cards=(), sections=(
    Section(id="chapel", title="The chapel",
            notes="The chapel wall was built of granite in 1750.\nThe chapel has a bell.\n"),
    Section(id="walls", title="Granite walls",
            notes="The harbour wall was built of granite in 1702.\nShips moor behind it.\n"),
))


@pytest.mark.parametrize("question", ["When was the granite wall built?", "What was built of granite?"])
def test_the_passage_of_the_section_titled_by_the_question_comes_first(question):
    reply = Tutor(PACK, cache=False).ask(question)
    assert reply.kind == "answer" and reply.section_id == "walls" and "1702" in reply.text
    untitled = Tutor(PACK, dataclasses.replace(DEFAULT_WEIGHTS, section_share=0.0), cache=False).ask(question)
    assert untitled.section_id == "chapel"  # without the cue the tie goes to the first passage
