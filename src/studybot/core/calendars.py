"""The Julian ("old style") and Gregorian ("new style") calendars: one day named in both.

Between 1582 and the 1920s the two were in use side by side, and dates of that time are often
written in both ("2 (14) сентября 1812", "26 August (7 September) 1812") or marked with their
calendar ("O.S.", "по старому стилю"). Outside those years a pair of days is no calendar pair."""

from __future__ import annotations

import datetime as dt

__all__ = ["FIRST_YEAR", "LAST_YEAR", "gregorian_of", "julian_of"]

FIRST_YEAR, LAST_YEAR = 1582, 1923  # the Gregorian calendar's first year; the last country to take it up

_ORDINAL_OFFSET = 1721425  # a proleptic Gregorian ordinal (datetime) is the Julian day number less this


def _julian_day(year: int, month: int, day: int) -> int:
    """The Julian day number of a date of the Julian calendar."""
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


def gregorian_of(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian date of a Julian one ("26 August 1812" O.S. -> 1812-09-07); None outside
    the years of the two calendars or for a day that does not exist."""
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if day > _days_in(month, year):
        return None
    g = dt.date.fromordinal(_julian_day(year, month, day) - _ORDINAL_OFFSET)
    return g.year, g.month, g.day


def julian_of(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Julian date of a Gregorian one (1812-09-07 -> 26 August 1812 O.S.); None outside the
    years of the two calendars or for a day that does not exist."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        jd = dt.date(year, month, day).toordinal() + _ORDINAL_OFFSET
    except ValueError:
        return None
    c = jd + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def _days_in(month: int, year: int) -> int:
    """Days of a month of the Julian calendar (every fourth year a leap year)."""
    if month == 2:
        return 29 if year % 4 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31
