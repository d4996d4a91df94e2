"""The local part of a two-word name (core/name_parts.py `_local_part`): "the Hoe" for "Plymouth Hoe", as a
fair teacher takes it, when the first word is a place the texts name on its own (it only says where) and the
second is no word the texts write in lower case, no kind of place or body, no word of rank or direction and no
month. What is left out: the place alone ("Plymouth" is the town, not the Hoe), a kind or a head ("the Abbey"),
a direction's name ("Korea" of "South Korea"), a part two names share, and a part the texts never give its
place on its own for ("the Bill" of "Portland Bill"). A local part is found as written, never as a slip of
another word ("Texas Instrument Inc." stays a slip of the whole name). An invented pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = (
    "Drake was playing bowls on Plymouth Hoe when the fleet was sighted in July. Plymouth was then a small port. "
    "The fleet passed Portland Bill and anchored off Calais. The admiral lived at Buckland Abbey near Plymouth. "
    "The envoy came from South Korea; Korea was then divided. Letters reached Harwick Instruments, a maker of "
    "compasses in Harwick, and Harwick Mill, and Harwick was proud of them. Ships docked at Calais Quay and Calais "
    "Roads. The news reached Messina October last."
)
ASKS = {"Plymouth Hoe": "Where was Drake playing bowls?", "Portland Bill": "Which headland did the fleet pass?",
        "Buckland Abbey": "Where did the admiral live?", "South Korea": "Where did the envoy come from?",
        "Harwick Instruments": "Who made the compasses?", "Calais Quay": "Where did the ships dock?"}
CARDS = tuple(Card(id=f"c{i}", section="s", kind="short", prompt=ask, answer=answer)
              for i, (answer, ask) in enumerate(ASKS.items()))
GRADER = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=CARDS,
                              language="en"))


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Plymouth Hoe", "the Hoe", True),
    ("Plymouth Hoe", "on the Hoe", True),
    ("Plymouth Hoe", "Hoe", True),
    ("Plymouth Hoe", "Plymouth", False),  # the town
    ("Plymouth Hoe", "the Quay", False),
    ("Portland Bill", "the Bill", False),  # "Portland" is never named on its own
    ("Buckland Abbey", "the Abbey", False),  # a kind of place
    ("South Korea", "Korea", False),  # a direction tells one place from another
    ("Harwick Instruments", "Instruments", True),
    ("Harwick Instruments", "Harwick Instrument", True),  # a slip of the whole name
    ("Harwick Instruments", "Harwick Mill", False),
    ("Calais Quay", "the Quay", True),
    ("Calais Quay", "the Roads", False),
])
def test_local_parts(answer: str, given: str, right: bool) -> None:
    card = next(c for c in CARDS if c.answer == answer)
    verdict = GRADER.grade(card, given)
    assert verdict.correct is right, verdict.trace


def test_no_month_is_a_local_part() -> None:
    assert "october" not in GRADER.aliases.pairs
    assert GRADER.aliases.pairs.get("hoe") == "plymouth hoe"
