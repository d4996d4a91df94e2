"""The day a date card asks for, in both calendars, and whether a date an answer gives names it.

A card's `date` is read in the Gregorian calendar (ISO 8601's), unless the card says otherwise:
its prompt asks for the old style ("по старому стилю", "old style"), or its answer or `accept`
gives the day in both calendars ("26 August (7 September) 1812", "16 мая 1703 года (27 мая по
новому стилю)"), which tells which of the two the `date` is, and makes either right as written.
An answer's date said in one calendar ("26 August 1812 O.S.", "2 (14) сентября") is right when it
is the card's day in that calendar; a date said in no calendar is right as written. Before 1582 there was the
Julian calendar alone: a day of that time is its day as written, said "по старому стилю" or not ("8 сентября 1380
года по старому стилю"), and no day said in the new style names it."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..calendars import FIRST_YEAR, gregorian_of, julian_of
from ..dates import Date, DateStyle, eras_said
from ..matching import Prepared
from ..quantities import Quantity

__all__ = ["CardDay", "card_day", "decade_only", "decade_years", "era_clash", "eras_apart", "lone_years", "names_day",
           "same_date", "without_dates", "year_figure"]

Day = tuple[int, int, int]

_ASKS_OLD = re.compile(r"\b(?:old style|o\.s\.|julian)|по старому стилю|по ст\. ?ст\.|юлианск", re.IGNORECASE)
_ASKS_NEW = re.compile(r"\b(?:new style|n\.s\.|gregorian)|по новому стилю|по н\. ?ст\.|григорианск", re.IGNORECASE)
_DECADE = re.compile(r"\b(\d{2,3}0)(?:'?s\b|-?(?:е|х|ые|ых)\b)")  # "1790s", "the 1790's", "1810-е", "в 1810-х"


class CardDay(NamedTuple):
    """A day card's day in the old (Julian) and new (Gregorian) calendars, the calendar its prompt
    asks for ("" when it does not), and the other calendar's day when the card itself names it."""

    old: Day | None
    new: Day | None
    asked: DateStyle
    named_too: Day | None


def card_day(day: Day, prompt: str, wordings: list[Date]) -> CardDay:
    """The card's day in both calendars, from its `date`, its prompt and the dates of its answer and
    `accept` wordings (a date without a year in them is of the card's year)."""
    asked: DateStyle = "old" if _ASKS_OLD.search(prompt) else "new" if _ASKS_NEW.search(prompt) else ""
    if day[0] < FIRST_YEAR:  # the Julian calendar alone: its day as written, "O.S." or not; no day of the new style
        return CardDay(day, None, asked, None)
    given = {(d.year or day[0], d.month, d.day) for d in wordings if d.month and d.day}
    as_new, as_old = gregorian_of(*day), julian_of(*day)
    if as_new is not None and as_new in given:  # the card names its day and the new-style day: the date is old style
        return CardDay(day, as_new, asked, as_new)
    if as_old is not None and as_old in given:
        return CardDay(as_old, day, asked, as_old)
    if asked == "old":
        return CardDay(day, as_new, asked, None)
    return CardDay(as_old, day, asked, None)


def names_day(d: Date, card: CardDay) -> bool | None:
    """Does a date said in one calendar name the card's day? None: the date says no calendar."""
    if d.style not in ("old", "new") or d.month is None or d.day is None:
        return None
    if card.asked and d.style != card.asked:
        return False  # the question asks for the day in the other calendar
    wanted = card.old if d.style == "old" else card.new
    return wanted is not None and (d.year or wanted[0], d.month, d.day) == wanted


def decade_years(text: str) -> set[int]:
    """The first years of the decades a text names ("the 1790s", "в 1810-х"): no year of their own."""
    return {int(m.group(1)) for m in _DECADE.finditer(text)}


def same_date(want: Date, given: Date) -> bool:
    """Does a date given name a wanted one ("26 Aug" for "26 August 1789"): the same month and day,
    and the same year when both say one."""
    return any(m == want.month and (want.day is None or d == want.day)
               and (want.year is None or y is None or y == want.year) for y, m, d in given.readings())


def without_dates(ref: Prepared, got: Prepared) -> str | None:
    """A wording's text with its dates taken out ("it opened on 28 July 1794": "it opened on"), when
    the answer names each of them, in any way it is written ("28/07/1794", "July 28th, 1794",
    "28.VII.1794"); "" when the wording has no date with a day or a year; None when the answer misses one."""
    wanted = [d for d in ref.dates if d.month and (d.day or d.year)]  # a month alone is a word ("Марса")
    if not wanted:
        return ""
    if not all(any(same_date(w, g) for g in got.dates) for w in wanted):
        return None
    text = ref.text
    for d in wanted:
        text = text.replace(d.text, " ")
    return " ".join(text.split()) or " "


def another_year(point: Prepared, got: Prepared, positions: tuple[int, ...], asked: frozenset[str]) -> bool:
    """The point says a year ("умерла в 1958 году"); the answer, in the clauses where it makes the point
    (by a wording without the year: "умерла"), gives another year and not the point's ("умерла в 1965"). A year
    the question names (`asked`, its stems) is the question's, said again ("why was he not given the 1909 prize?":
    "by 1909 he was no longer alive"), no year of the point's."""
    mine = {d.year for d in point.dates if d.year}
    if not mine or not got.dates:
        return False
    clauses = {got.clauses[j] for j in positions}
    said = {int(w) for w, c in zip(got.words, got.clauses, strict=True) if c in clauses and w.isdigit()
            and w not in asked}
    theirs = said & {d.year for d in got.dates if d.year}
    return bool(theirs) and not theirs & mine


def era_clash(wordings: tuple[Prepared, ...], got: Prepared) -> bool:
    """The card's wordings give a year of one era ("196 BC", "до н. э.") and the answer gives that year in the other
    ("196 AD", "в 196 году н. э."): another year, whatever a wording without the era ("196") lets through. A year
    the answer gives without an era is no clash."""
    wanted = {d.year for w in wordings for d in w.dates if d.year and not d.month}
    if not wanted:
        return False  # (no year of the card's to clash with: the answer's dates are not read for it)
    return any(-d.year in wanted and d.year not in wanted for d in got.dates if d.year and not d.month)


def eras_apart(wording: str, answer: str) -> bool:
    """A wording of one era and an answer of the other alone ("во II веке н. э." for "II век до н. э.", "the 1st
    century BC" for "the 1st century AD"): another time, also where no year is read (a century, a millennium), which
    `era_clash` compares. An answer that names no era, or both, is not judged here."""
    mine = eras_said(wording)
    return len(mine) == 1 and len(theirs := eras_said(answer)) == 1 and mine != theirs


def decade_only(ref: Prepared, got: Prepared) -> bool:
    """Does the answer give a year of the wording only as a decade ("в 1810-х" for "в 1810 году")?"""
    years = {d.year for d in ref.dates if d.year and not d.month}
    if not years:
        return False
    decades = decade_years(got.text)
    return bool(decades & years) and not years & {d.year for d in got.dates}


_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a year as written in running text ("in 1966", "в 1990 году")


def year_figure(q: Quantity) -> bool:
    """Is a figure a year as written in running text: a bare whole count of four digits, 1000 to 2099?"""
    return q.kind == "count" and q.unit is None and q.scale == 1.0 and bool(_YEAR.fullmatch(q.text))


def lone_years(got: Prepared, items: list[int]) -> frozenset[int]:
    """The places of years that stand alone in an item of a list with none but function words ("in 1958, the bridge
    was opened": a year set off as an adverbial, of the clause after it, not a list's item of its own)."""
    worded = {items[k] for k in got.content() if not got.words[k].isdigit()}
    return frozenset(j for j, word in enumerate(got.words) if _YEAR.fullmatch(word) and items[j] not in worded)
