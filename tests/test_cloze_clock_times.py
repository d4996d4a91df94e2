"""Cloze blanks that hold times of day: a piece written as a time ("13:06", "1:06 pm") is read as written, not as
the "1:06" its normalised text says, and a bare "h.mm" ("8.23") fills a blank of a time of day (one written as a
time, or a bare "h:mm" after "at" / "в" or beside a blank that is a time), as grading.md says of a short answer; a
ratio's blank ("at a scale of {{1:48}}", "at {{1:48}} scale") keeps "1.48" a decimal. Reported by an instructor:
"8:23, 13:06" failed on blank 2. Invented trains and ferries."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TRAIN = Card(id="t", section="s", kind="cloze", prompt="", answer="",
             text="The Harwick mail train left at {{7:41}} and reached the coast at {{14:09}}.",
             blanks=(("7:41",), ("14:09",)))
TRAIN_PM = Card(id="p", section="s", kind="cloze", prompt="", answer="",
                text="The Harwick mail train left at {{7:41}} and reached the coast at {{14:09|2:09 pm}}.",
                blanks=(("7:41",), ("14:09", "2:09 pm")))
FERRY = Card(id="f", section="s", kind="cloze", prompt="", answer="", text="The ferry to Lindmoor left at {{9:47}}.",
             blanks=(("9:47",),))
FERRY_RU = Card(id="r", section="s", kind="cloze", prompt="", answer="", text="Паром на Линдмор ушёл в {{9:47}}.",
                blanks=(("9:47",),))
SCALE = Card(id="c", section="s", kind="cloze", prompt="", answer="", text="The map was drawn at a scale of {{1:48}}.",
             blanks=(("1:48",),))
# a ratio after "at", its noun after the blank ("at 1:48 scale"): no time
MODEL = Card(id="m", section="s", kind="cloze", prompt="", answer="",
             text="The Tessel model was built at {{1:48}} scale.", blanks=(("1:48",),))


def grader(language: str = "en") -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                cards=()))


@pytest.mark.parametrize(("card", "given", "right"), [
    (TRAIN, "7:41, 14:09", True),
    (TRAIN, "7:41, 2:09 pm", True),
    (TRAIN, "7.41, 14:09", True),
    (TRAIN, "7.41, 14.09", True),
    (TRAIN, "7:41, 14:19", False),
    (TRAIN, "7:14, 14:09", False),
    (TRAIN, "7:41, 2:09 am", False),
    (TRAIN_PM, "7:41, 14:09", True),
    (TRAIN_PM, "7:41, 2:09 pm", True),
    (TRAIN_PM, "7.41, 2.09 p.m.", True),
    (FERRY, "9.47", True),
    (FERRY, "at 9.47", True),
    (FERRY, "9.74", False),
    (FERRY, "9.4", False),
    (SCALE, "1:48", True),
    (SCALE, "1.48", False),
    (MODEL, "1:48", True),
    (MODEL, "1.48", False),
    (MODEL, "1:84", False),
])
def test_times_of_day_in_blanks(card: Card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "right"), [("9.47", True), ("9:47", True), ("9.74", False)])
def test_a_dotted_time_in_russian(given: str, right: bool) -> None:
    assert grader("ru").grade(FERRY_RU, given).correct is right
