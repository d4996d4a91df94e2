"""A span of days in one month ("20-22 July 1936", "July 20-22, 1936", "с 20 по 22 июля 1936 года") dates an event
that lasted those days. The dates read from a wording give one end with its month (and year); the other end is
the figure written before it ("20-" / "с 20 по" / "from 20 to") or after it ("July 20-22"). A date card whose answer
is such a span takes any of its days, and the span itself; a learner's span offers every day of it, so on a card of
one day it is a hedge (one of its days is not the day asked). A night named by its two days is one night, read
as such (`nights`). Rules of the language, no word of a text."""

from __future__ import annotations

import re

from ..dates import Date
from ..matching import Prepared

__all__ = ["span_days", "with_span_days"]

_BEFORE = re.compile(r"(?<![\d.,:/-])(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–—]|\bto|\bthrough|\buntil|\btill|\bпо|\bдо)"
                     r"\s*(?:the\s+)?$")
_NIGHT = re.compile(r"(?:\bnight of(?: the)?|\bночь с)\s*$")  # "the night of 5 to 6 October": one night (nights.py)
_AFTER = re.compile(r"^\s*[-–—]\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:/-]|[.,]\d|\s*[^\W\d_]{3})")


def span_days(got: Prepared) -> list[Date]:
    """Every day of each span of days `got` writes, with the month and the year of its dated end (the one year the
    wording gives, when the end has none: "July 20-22, 1936"), marked as a span."""
    years = {d.year for d in got.dates if d.year}
    out: list[Date] = []
    for d in got.dates:
        if not d.day or not d.month or not d.text or (at := got.text.find(d.text)) < 0:
            continue
        before = _BEFORE.search(got.text[:at])
        if before is not None and _NIGHT.search(got.text[:before.start()]):
            continue
        after = None if before else _AFTER.match(got.text[at + len(d.text):])
        if before is not None:
            first, last = int(before.group(1)), d.day
        elif after is not None:
            first, last = d.day, int(after.group(1))
        else:
            continue
        year = d.year or (next(iter(years)) if len(years) == 1 else None)
        if 1 <= first < last <= 31:
            out += [Date(year, d.month, day, d.text, style="span") for day in range(first, last + 1)]
    return out


def with_span_days(dates: list[Date], spans: list[Date]) -> list[Date]:
    """The dates an answer offers when it writes spans of days: each day of a span in place of the end it was read
    from, and of a year said apart ("July 20-22, 1936") that a span took."""
    if not spans:
        return dates
    ends, years = {d.text for d in spans}, {d.year for d in spans}
    return spans + [d for d in dates if d.text not in ends and not (d.month is None and d.year in years)]
