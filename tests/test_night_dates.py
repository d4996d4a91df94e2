"""A night named by its two days ("в ночь с 5 на 6 октября 1912 года", "on the night of 5 to 6 October 1912") is one
night, and a date card of either day takes it: a fair teacher does not fail the 5th where the text dates the event to
that night by the 6th, or the other way round. "в ночь на 6 октября" is the 6th as written; a night of other days is
wrong. Invented ferry."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def card(iso: str, prompt: str = "Когда затонул паром «Лиса»?") -> Card:
    return Card(id="d", section="s", kind="date", prompt=prompt, answer=iso, date=iso)


def grader(language: str = "ru") -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                cards=()))


@pytest.mark.parametrize(("iso", "given", "right"), [
    ("1912-10-05", "в ночь с 5 на 6 октября 1912 года", True),
    ("1912-10-06", "в ночь с 5 на 6 октября 1912 года", True),
    ("1912-10-05", "в ночь на 6 октября 1912 года", False),
    ("1912-10-05", "в ночь с 6 на 7 октября 1912 года", False),
    ("1912-10-05", "6 октября 1912", False),
    ("1912-10-05", "5 октября 1912", True),
])
def test_a_night_in_russian(iso: str, given: str, right: bool) -> None:
    assert grader().grade(card(iso), given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("on the night of 5 to 6 October 1912", True),
    ("on the night of 6 to 7 October 1912", False),
])
def test_a_night_in_english(given: str, right: bool) -> None:
    assert grader("en").grade(card("1912-10-05", "When did the Lisa sink?"), given).correct is right
