"""A cloze blank filled with a piece that names the word the text puts next to another blank, and not the one next to
its own, says the blank's word of that other thing: "the bridge is new, the ferry old" for "The {{new}} ferry stands
beside the {{old}} bridge" swaps the two, in pieces or read as a sentence. A piece naming its own blank's neighbour
("the ferry is new") or none ("new") fills it; a word of a blank's wordings is no neighbour ("cast iron" beside the
Iron Bridge). Invented ferries."""

from __future__ import annotations

import re

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def cloze(text: str) -> Card:
    return Card(id="c", section="s", kind="cloze", prompt="", answer="", text=text,
                blanks=tuple(tuple(b.split("|")) for b in re.findall(r"\{\{(.*?)\}\}", text)))


FERRY = cloze("The {{new}} ferry stands beside the {{old}} bridge.")
IRON = cloze("The Harl bridge is made of {{cast iron}} and the Iron Gate stands by the {{Tessel}} river.")


def grader() -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language="en", sections=(Section("s", "S", "notes"),), cards=()))


@pytest.mark.parametrize(("card", "given", "right"), [
    (FERRY, "the bridge is new, the ferry old", False),
    (FERRY, "the ferry is new and the bridge is old", True),
    (FERRY, "new ferry, old bridge", True),
    (FERRY, "new, old", True),
    (FERRY, "old, new", False),
    (FERRY, "the new ferry stands beside the old bridge", True),
    (IRON, "cast iron, Tessel", True),
])
def test_a_piece_beside_another_blank(card: Card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace
