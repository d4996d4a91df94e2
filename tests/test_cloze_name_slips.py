"""A slip in a short word of a blank's name or term is forgiven as in a short answer (`name_slips`, `slips`): "Port
Siad" fills "{{Port Said}}" (suez), "Cape Hron" "{{Cape Horn}}"; a word under another name ("Fort Said"), or the
name's other word changed, stays wrong. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TEXT = "Ships sailed from {{Port Vail}} round {{Cape Horn}} to {{Lima}}."


def _right(answer: str) -> bool:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in TEXT.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=TEXT, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Ships sailed round Cape Horn."),),
                cards=(card,))
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("answer", "right"), [
    ("Port Vail, Cape Horn, Lima", True),
    ("Port Vial, Cape Horn, Lima", True),  # two letters swapped
    ("Port Vail, Cape Hron, Lima", True),
    ("port vali, cape horn, lima", True),
    ("Fort Vail, Cape Horn, Lima", False),  # another word of the name
    ("Port Vail, Cape Hope, Lima", False),
    ("Port Mail, Cape Horn, Lima", False),
    ("Port, Cape Horn, Lima", False),
])
def test_a_slip_in_a_short_word_of_a_blanks_name(answer, right):
    assert _right(answer) is right
