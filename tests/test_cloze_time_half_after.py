"""A cloze blank of a time of day takes the time in the other notation (grading.md: a blank of a time is filled by
"13:06" or "1:06 pm"), also where the half of the day is written after the blank, outside it: "{{7:21}} pm" is
filled by "19:21", and a bare "at {{7:21}}" that says no half by either. Reported by an instructor ("19:21" failed
"{{7:21}} pm"). Invented boats and trams."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

BOAT = Card(id="b", section="s", kind="cloze", prompt="", answer="",
            text="The Orrin night boat sailed at {{7:21}} pm.", blanks=(("7:21",),))
TRAM = Card(id="t", section="s", kind="cloze", prompt="", answer="",
            text="The Velm tram left at {{6:40}} am and came back at {{9:05}} p.m.", blanks=(("6:40",), ("9:05",)))
BARE = Card(id="a", section="s", kind="cloze", prompt="", answer="",
            text="The Orrin ferry left at {{7:21}}.", blanks=(("7:21",),))
SCALE = Card(id="c", section="s", kind="cloze", prompt="", answer="",
             text="The Velm map was drawn at a scale of {{1:48}}.", blanks=(("1:48",),))
RU = Card(id="r", section="s", kind="cloze", prompt="", answer="",
          text="Паром на Орлин ушёл в {{7:21}} вечера.", blanks=(("7:21",),))


def grader(language: str = "en") -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                cards=()))


@pytest.mark.parametrize(("card", "given", "right"), [
    (BOAT, "19:21", True),
    (BOAT, "19.21", True),
    (BOAT, "7:21", True),
    (BOAT, "7:21 pm", True),
    (BOAT, "7:21 am", False),
    (BOAT, "07:21", False),
    (BOAT, "19:12", False),
    (TRAM, "6:40, 21:05", True),
    (TRAM, "06:40, 21:05", True),
    (TRAM, "18:40, 21:05", False),
    (TRAM, "6:40, 9:05 am", False),
    (BARE, "19:21", True),
    (BARE, "7:21 pm", True),
    (BARE, "7:12 pm", False),
    (SCALE, "13:48", False),
])
def test_a_time_blank_takes_the_other_notation(card: Card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "right"), [("19:21", True), ("7:21", True), ("07:21", False)])
def test_a_half_of_the_day_after_a_russian_blank(given: str, right: bool) -> None:
    verdict = grader("ru").grade(RU, given)
    assert verdict.correct is right, verdict.trace
