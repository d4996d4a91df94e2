"""A night said by its two days ("в ночь с 5 на 6 октября 1912 года", "on the night of 5 to 6 October 1912") is one
night, and either day is its date: a date card of the 5th or of the 6th takes it, as a teacher would of an event that
night (the text may date it by either day). The dates read from the answer give the second day with its month and
year; the first is added, the day before it in the same month. "в ночь на 6 октября" names the 6th alone, as written.
Rules of the language, no word of a text."""

from __future__ import annotations

import re

from ..dates import Date
from ..matching import Prepared

__all__ = ["night_eves"]

_NIGHT = {"ru": re.compile(r"\bночь с (\d{1,2}) на (\d{1,2})\b"),
          "en": re.compile(r"\bnight of (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:to|and|-) (?:the )?(\d{1,2})\b")}


def night_eves(got: Prepared) -> list[Date]:
    """The first days of the nights an answer names by two days, each with the month and year of the second."""
    pattern = _NIGHT.get(got.lang.code)
    if pattern is None or "night" not in got.text and "ноч" not in got.text:
        return []
    eves = []
    for m in pattern.finditer(got.text):
        first, second = int(m.group(1)), int(m.group(2))
        if second == first + 1:
            eves += [Date(d.year, d.month, first, str(first) + d.text[len(str(second)):] if d.text.startswith(
                str(second)) else d.text) for d in got.dates if d.day == second and d.month]
    return eves
