"""A duration written as a stopwatch writes it (issue #11, "durations convert"): "63:16" answers a flight of 63 hours
16 minutes, "3:59.4" a mile run in 239.4 seconds, "1:02:03" a race of 3723 seconds. Only on a card that asks a
duration in hours, minutes or seconds; elsewhere "2:30" stays two figures (a score, a ratio, a time of day). Cards
are on subjects of our own; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from studybot.core.stopwatch import stopwatch_durations

EN = Grader()
RU = Grader(language="ru")


def lasted(value: float, unit: str, tolerance: float = 0.0, answer: str = "") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt="How long did it take?",
                answer=answer or f"{value:g} {unit}", number=NumberSpec(value, unit, tolerance, False))


@pytest.mark.parametrize(("card", "given", "right"), [
    (lasted(3796, "min", answer="63 hours 16 minutes"), "63:16", True),  # a long flight, hours and minutes
    (lasted(3796, "min", answer="63 hours 16 minutes"), "63:16 hours", True),
    (lasted(3796, "min", answer="63 hours 16 minutes"), "about 63:16", True),
    (lasted(3796, "min", answer="63 hours 16 minutes"), "63:15", False),  # a minute short
    (lasted(3796, "min", answer="63 hours 16 minutes"), "36:16", False),
    (lasted(3796, "min", answer="63 hours 16 minutes"), "63:61", False),  # no minute 61
    (lasted(2.5, "hours"), "2:30", True),  # a card in hours: h:mm
    (lasted(2.5, "hours"), "2:50", False),  # 2 h 50 min is no 2.5 hours
    (lasted(239.4, "s"), "3:59.4", True),  # a card in seconds: m:ss.f
    (lasted(239.4, "s"), "3:59,4", True),
    (lasted(239.4, "s"), "3:58.4", False),
    (lasted(239, "s"), "3:59", True),  # m:ss on a card of seconds
    (lasted(3723, "s"), "1:02:03", True),  # h:mm:ss
    (lasted(3723, "s"), "1:03:02", False),
    (lasted(150, "days"), "2:30", False),  # no stopwatch on a card of days
    (lasted(150, "min"), "2:30", True),
    (lasted(45, "min"), "0:45", True),  # no hour
    (lasted(45, "min"), "0:54", False),
])
def test_a_stopwatch_duration_answers_a_card_of_hours_minutes_or_seconds(card, given, right):
    assert EN.grade(card, given).correct is right, given


@pytest.mark.parametrize(("card", "given", "right"), [
    (lasted(3796, "мин", answer="63 часа 16 минут"), "63:16", True),
    (lasted(3796, "мин", answer="63 часа 16 минут"), "за 63:16", True),
    (lasted(3796, "мин", answer="63 часа 16 минут"), "62:16", False),
])
def test_a_stopwatch_duration_in_russian(card, given, right):
    assert RU.grade(card, given).correct is right, given


@pytest.mark.parametrize(("text", "unit", "read"), [
    ("63:16", "minute", [(3796, "minute")]),
    ("63:16", "hour", [(3796, "minute")]),
    ("3:59.4", "minute", [(239.4, "second")]),  # a fraction of a second says minutes and seconds
    ("3:59", "second", [(239, "second")]),
    ("1:02:03", "minute", [(3723, "second")]),
    ("12:30:45:10", "minute", []),  # four parts: no duration
    ("1:48", "day", []),
    ("1:48", None, []),
    ("10:75", "minute", []),
])
def test_what_a_stopwatch_reads(text, unit, read):
    assert [(round(q.value, 6), q.unit) for q in stopwatch_durations(text, unit)] == read
