"""The dates and years a short answer or a card's wording says: a wording that is a date or a year and nothing else
("2 September 31 BC", "AD 79", "79 год н. э."), and the years an answer gives (its dates without a month, or its bare
numbers as years of our era, not a span or a century: "17 years later", "в первом веке")."""

from __future__ import annotations

import re

from ..dates import Date, day_dot_month
from ..matching import Prepared
from .verdict import Verdict, wrong

__all__ = ["date_alone", "day_of", "days_of", "judged_date", "our_era_words", "same_day", "year_alone", "year_text",
           "years_given"]


def day_of(d: Date) -> str:
    """A date as one day's key ("1997/6/5")."""
    return f"{d.year}/{d.month}/{d.day}"


def days_of(d: Date) -> set[str]:
    """Every day a date may be read as ("5/6/1997": 5 June or May 6)."""
    return {f"{y}/{m}/{day}" for y, m, day in d.readings()}


def same_day(right: str, given: Date) -> bool:
    """Is a date one a right day's key may be read as: the same day, of any year when the key gives none?"""
    days = days_of(given)
    return right in days or right.startswith("None/") and any(d.split("/", 1)[1] == right[5:] for d in days)


def judged_date(right: frozenset[str], got: Prepared) -> Verdict | None:
    """A short answer judged as a date, the keys of the right days given (`date_alone`): a date the answer gives as
    exactly (to the day, era included) must be one of them; a month given without its day ("in May" for "26 November")
    must be one of their months. None: judge it as words."""
    given = [d for d in got.dates if d.month] or ([said] if (said := day_dot_month(got.text)) else [])  # "14.10"
    exact = {r for r in right if any(same_day(r, g) for g in given)}
    if exact and len({day_of(g) for g in given}) == 1:
        return Verdict(True, 1.0, "Correct.", trace=(f"the date {given[0].text} matches",))
    if any(g.day is not None for g in given) and not exact:  # a day given, and not a right one
        return wrong("Not the right date.", "date", f"dates given: {', '.join(d.text for d in given or got.dates)}")
    months = {g.month for g in given if g.day is None and g.year is None}
    if months and not months & {int(r.split("/")[1]) for r in right}:
        return wrong("Not the right month.", "date", f"months given: {', '.join(d.text for d in given)}")
    return None


def date_alone(ref: Prepared) -> list[str]:
    """The date a wording is, when it is a date with its day and nothing else ("2 September 31 BC"; "12 March", a day
    of any year: "None/3/12")."""
    dates = [d for d in ref.dates if d.month and d.day]
    return [day_of(dates[0])] if len(dates) == 1 and _nothing_else(ref, dates[0]) else []


def year_alone(ref: Prepared) -> list[str]:
    """The year a wording is, when it is a year and nothing else ("AD 79", "44 BC", "1748")."""
    dates = [d for d in ref.dates if d.year is not None]
    return [str(dates[0].year)] if len(dates) == 1 and not dates[0].month and _nothing_else(ref, dates[0]) else []


_ERA_WORDS = frozenset({"ad", "bc", "ce", "bce", "year", "г", "гг", "год", "года", "году",  # "в 1810 году": a year
                        "н", "э", "нэ", "нашей", "эры"})  # "79 год н. э.", "до нашей эры"


_OUR_ERA = frozenset({"ad", "ce", "н", "э", "нэ", "нашей", "эры"})


def our_era_words(ref: Prepared) -> frozenset[str]:
    """The stems of the words that put a wording's years in our era ("AD 1260 to 1390", "1260-1390 гг. н. э."): a
    year said without an era is of ours, so an answer need not say them (one that says the other era is caught by
    `dated.era_clash`). None when the wording has a year before our era."""
    if not ref.dates or any(d.year is not None and d.year < 0 for d in ref.dates):
        return frozenset()
    return frozenset(st for w, st in zip(ref.words, ref.stems, strict=True) if w in _OUR_ERA)


def _nothing_else(ref: Prepared, date: Date) -> bool:
    """Is a wording its date and only function words, era words and figures besides?"""
    rest = ref.text.replace(date.text, " ")
    return all(w in ref.lang.lex.stop or w in _ERA_WORDS or w.isdigit() for w in re.findall(r"[^\W_]+", rest))


_GLUED_ERA = re.compile(r"^(?:ad|ce)?(\d{1,4})(?:ad|ce)?$")  # "AD79", "79AD"


def years_given(got: Prepared) -> set[int]:
    """The years an answer gives: its dates without a month, and (no era said) its bare numbers of
    one to four digits as years of our era ("in 79" for "AD 79")."""
    years = {d.year for d in got.dates if d.year is not None and not d.month}
    if not years:
        for w, after in zip(got.words, [*got.words[1:], ""], strict=True):
            glued = _GLUED_ERA.match(w)
            if glued and not after.startswith(_SPANS):  # "17 years later", "в 1 веке": no year
                years.add(int(glued.group(1)))
    return years


# words after a figure that make it a span of time or a century, not a year
_SPANS = ("years", "months", "weeks", "days", "decade", "centur", "лет", "век", "столет", "месяц", "недел", "дн")


def year_text(year: int) -> str:
    """A year as a trace shows it ("44 BC", "AD 79", "1748")."""
    return f"{-year} BC" if year < 0 else f"AD {year}" if year < 1000 else str(year)
