"""A duration written as a stopwatch or a timetable writes it: "63:16" for 63 hours 16 minutes, "3:59.4" for 3
minutes 59.4 seconds, "1:02:03" for an hour, 2 minutes and 3 seconds. Read only where a card asks a duration: its
unit says which of the two a pair of figures is (hours and minutes on a card of hours or minutes, minutes and
seconds on a card of seconds); elsewhere "1:48" is a time of day or a ratio."""

from __future__ import annotations

import re

from .quantities import Quantity

__all__ = ["stopwatch_durations"]

# "h:mm", "m:ss.f", "h:mm:ss": no figure, colon or decimal mark runs on either side ("12:30:45:10" is none)
_SPLIT = re.compile(r"(?<![\d:.,])(\d{1,3}):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?)|([.,]\d+))?(?![\d:]|[.,]\d)")
_PAIR_UNITS = {"hour": "minute", "minute": "minute", "second": "second"}  # the card's unit: what "a:bb" counts in


def stopwatch_durations(text: str, unit: str | None) -> list[Quantity]:
    """Each stopwatch duration of `text` on a card whose duration is in `unit` (hours, minutes or seconds; none on
    any other unit), in minutes ("h:mm") or seconds ("m:ss", "m:ss.f", "h:mm:ss")."""
    pair = _PAIR_UNITS.get(unit or "")
    if pair is None or ":" not in text:
        return []
    out = []
    for m in _SPLIT.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if m.group(3) is not None:  # h:mm:ss
            value, counted = first * 3600 + second * 60 + float(m.group(3).replace(",", ".")), "second"
        elif m.group(4) is not None or pair == "second":  # m:ss.f (a fraction of a second says so), m:ss
            value, counted = first * 60 + second + float("0" + (m.group(4) or ".0").replace(",", ".")), "second"
        else:  # h:mm
            value, counted = first * 60 + second, "minute"
        out.append(Quantity(value, "duration", counted, m.group()))
    return out
