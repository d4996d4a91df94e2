"""A figure worked out from the figures before it is no reason (`tutor.worked_out`): "Wool sales of the valley had been
120 tonnes in 1880. Wool sales of the valley therefore fell by 25%." draws a sum, so "why did wool sales fall?" gets
"the text gives no reason" with what the text says; a sentence before that tells of something else that acted ("A
drought struck the valley farms in 1880 and killed 400 sheep.") is the reason of the "therefore" after it. Shown on
small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

SUMS = """\
Wool sales of the Orvel valley totalled 90 tonnes in 1881.
Wool sales of the Orvel valley had been 120 tonnes in 1880.
Wool sales of the Orvel valley therefore fell by 25% year on year.
"""
CAUSE = """\
A drought struck the farms of the Orvel valley in 1880 and killed 400 sheep.
Wool sales of the Orvel valley therefore fell by 25% year on year.
"""


def _tutor(notes: str) -> Tutor:
    return Tutor(Pack(id="orvel", title="Orvel wool", cards=(), sections=(Section(id="s", title="Wool", notes=notes),)),
                 cache=False)


@pytest.mark.parametrize("question", [
    "why did wool sales fall?",
    "why did wool sales of the Orvel valley fall in 1881?",
])
def test_a_sum_is_no_reason(question: str) -> None:
    reply = _tutor(SUMS).ask(question)
    assert reply.kind == "answer"
    assert reply.no_reason  # "The text gives no reason for that. What it says: ..."
    assert "25%" in " ".join(reply.sentences)  # what it says is still shown


@pytest.mark.parametrize("question", [
    "why did wool sales fall?",
    "why did wool sales of the Orvel valley fall?",
])
def test_an_event_before_is_the_reason(question: str) -> None:
    reply = _tutor(CAUSE).ask(question)
    assert reply.kind == "answer"
    assert not reply.no_reason
    assert "drought" in " ".join(reply.sentences)
