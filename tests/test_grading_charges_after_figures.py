"""An ion's charge after its symbol ("6 H+", "2 K+") is no unit after a figure: "6 H+" is six ions, not six hours,
and "2 K+" is two ions, not two thousand. Invented cards of a made-up pump; hours and thousands written so stay."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader
from studybot.core.matching import Prepared
from studybot.core.packs import Card, NumberSpec

EN = Grader()


def numeric(value: float, unit: str, answer: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt="How many ions does the pump move?", answer=answer,
                number=NumberSpec(value, unit, 0.0, False))


ROWS = [
    (numeric(6, "H+", "6 H+"), "6 H+", True),
    (numeric(6, "ions", "6 H+ ions"), "6 H+", True),
    (numeric(2, "K+", "2 K+"), "2 K+", True),
    (numeric(2, "", "2"), "2 K+", True),
    (numeric(6, "H+", "6 H+"), "7 H+", False),
    (numeric(2, "K+", "2 K+"), "2000", False),
]


@pytest.mark.parametrize(("card", "typed", "right"), ROWS)
def test_charges(card: Card, typed: str, right: bool) -> None:
    assert EN.grade(card, typed).correct is right


READ = [
    ("6 H+", (6.0, "count")),
    ("it pumps 6 H+ ions", (6.0, "count")),
    ("2 K+", (2.0, "count")),
    ("3 h", (3.0, "duration")),
    ("in 4 h.", (4.0, "duration")),
    ("6 k", (6000.0, "count")),
    ("5 s", (5.0, "duration")),
]


@pytest.mark.parametrize(("text", "read"), READ)
def test_read(text: str, read: tuple[float, str]) -> None:
    found = Prepared.of(text, Aliases(), lemmas=True).quantities
    assert [(q.value, q.kind) for q in found] == [read]
