"""What is kept from going off does not spoil: "why doesn't the cheese go off?" and "what keeps cheese from going
off?" are answered by "... does not spoil because ..."; "go off" said of an alarm or a gun is no spoiling. Invented
notes (no pack's subject)."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from tests.notes import says, tutor_on


def _phrased(text: str) -> str:
    for pattern, replacement in ENGLISH_TUTOR.phrasals:
        text = re.sub(pattern, replacement, text)
    return text


@pytest.mark.parametrize(("text", "spoils"), [
    ("why doesnt the cheese go off", True), ("why does salted fish not go off", True),
    ("what keeps the cheese from going off", True), ("what stops milk going off", True),
    ("when did the alarm go off", False), ("why did the gun go off", False),
])
def test_going_off_is_spoiling_when_it_is_kept_from(text, spoils):
    assert ("spoil" in _phrased(text)) is spoils


NOTES = ("Smoked cheese from Vell does not spoil because the smoke dries its rind and kills moulds.\n"
         "The cheese is sold at the autumn fair.\n")


def test_why_doesnt_it_go_off() -> None:
    tutor = tutor_on(NOTES, "Cheese", section_title="Cheese")
    assert says(tutor, "why doesnt the smoked cheese go off", "smoke dries its rind")
