"""A pair of figures ("9:8", "3 to 1") in a cloze blank is ordered, as in a short answer: the reversed pair ("8:9")
does not fill the blank, and a card's known mistake that is the reversed pair fails the reversed pair alone, never
the right one (the two give the same figures, but not the same pair). Reported by an instructor: a blank {{9:8}}
took "8:9", and the mistake written for it was skipped as "part of the right answer". Invented gearboxes and votes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

GEARS = Card(id="g", section="s", kind="cloze", prompt="", answer="",
             text="The gearbox of the Harwick mill turned the wheels at a ratio of {{9:8}}.", blanks=(("9:8",),))
GEARS_NOTED = Card(id="n", section="s", kind="cloze", prompt="", answer="",
                   text="The gearbox of the Harwick mill turned the wheels at a ratio of {{9:8}}.", blanks=(("9:8",),),
                   mistakes=(Mistake(("8:9",), "That is the ratio the other way round."),))
VOTE_RU = Card(id="v", section="s", kind="cloze", prompt="", answer="",
               text="Совет принял устав голосами {{12:5}} после долгого спора.", blanks=(("12:5",),),
               mistakes=(Mistake(("5:12",), "Наоборот: «за» было больше."),))
SHORT_NOTED = Card(id="t", section="s", kind="short", prompt="At what ratio did the gearbox turn the wheels?",
                   answer="9:8", mistakes=(Mistake(("8:9",), "That is the ratio the other way round."),))

ROWS = [
    ("en", GEARS, "9:8", True),
    ("en", GEARS, "9 to 8", True),
    ("en", GEARS, "a ratio of 9:8", True),
    ("en", GEARS, "8:9", False),
    ("en", GEARS, "8 to 9", False),
    ("en", GEARS, "2:1", False),
    ("en", GEARS_NOTED, "9:8", True),
    ("en", GEARS_NOTED, "9-8", True),
    ("en", GEARS_NOTED, "8:9", False),
    ("en", GEARS_NOTED, "8 to 9", False),
    ("ru", VOTE_RU, "12:5", True),
    ("ru", VOTE_RU, "5:12", False),
    ("en", SHORT_NOTED, "9:8", True),
    ("en", SHORT_NOTED, "8:9", False),
]


def grader(lang: str) -> Grader:
    pack = Pack(id="p", title="p", sections=(Section("s", "S", "notes"),), cards=(), language=lang)
    return Grader.for_pack(pack)


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_pair_in_a_blank_keeps_its_order(lang: str, card: Card, answer: str, right: bool) -> None:
    verdict = grader(lang).grade(card, answer)
    assert verdict.correct is right, verdict.trace


def test_the_reversed_pair_gets_the_mistakes_feedback() -> None:
    verdict = grader("en").grade(GEARS_NOTED, "8:9")
    assert verdict.feedback == "That is the ratio the other way round."
