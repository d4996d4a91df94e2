"""A year shortened to its last two digits: "в июле 69-го", "14 апреля 41 года", "сорок первого года", "the summer
of '69", "Dec 72", "June of 74" (after a month, two digits that no day can be; on a date card, or a short card that
writes the date in words). A rule of the language: the century left out is the last one or this one (30-99 are
1930-1999, 00-29 are 2000-2029, as dates are read in software too; on a card dated in the 1900s 00-29 are 1900-1929,
"революция 17-го года"), unless the card's date is of the first century (AD 79).
Where the year is said of the century one is talking about, a card dated 1000-1899 gives its own century: a Russian
"в 95-м году" (1895 on a card of 1895) and an English apostrophe year ("'56" is 1856 on a card of 1856, as "the
'49ers" are of 1849; "'52" is then 1852, wrong). "Dec 72", two digits after a month, stays of the last century."""

from __future__ import annotations

import re

from ..numbers_ru import ORDINAL_FORMS
from ..quantities import spelled_to_digits
from ..text import normalise

__all__ = ["full_years"]

_MONTH_EN = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
_HINT = {"ru": re.compile(r"(?i)год|г\b|г\.|\d-(?:го|м|й)\b"),  # (cheap: most answers)
         "en": re.compile(r"(?i)['’]\d|" + _MONTH_EN + r"(?:of\s+)?[3-9]\d\b")}
_FIRST_CENTURY = re.compile(r"-?00\d\d(?!\d)")  # a card's date of the years 1-99
_OLDER = re.compile(r"1[0-8]\d\d(?!\d)")  # a card's date of the years 1000-1899
_PIVOT = 30  # two digits below it are of this century
_SHORT = {
    "ru": re.compile(r"(?<![\d.,:/])(\d{2})(?:-?(?:го|м|й))?(?=\s+(?:года|году|год|г)\b)"
                     r"(?!\s+(?:года|году|год|г)\.?\s+(?:до\s+)?(?:н\.?\s?э|нашей\s+эры))"  # "79 год н. э.": as written
                     r"|(?<![\d.,:/])(\d{2})-(?:го|м)\b(?!\s+(?:числа|январ|феврал|март|апрел|ма[яй]|июн|июл|август"
                     r"|сентябр|октябр|ноябр|декабр))"  # ("21-го декабря", "21-го числа" are days)
                     r"|^\s*(\d{2})-?й\s*$"),  # "93-й", the whole answer: the year (in running text "5-й" counts)
    # "July '69"; "Dec 72", "June of 74": after a month, two digits no day can be (32-99) are a year
    "en": re.compile(r"(?<![\w\d])['’](\d{2})\b|(?P<month>" + _MONTH_EN + r"(?:of\s+)?)(3[2-9]|[4-9]\d)\b(?![\d.,:/])"),
}


# "в сорок втором", "в шестидесятом" ending a clause: an ordinal in words, of one or two words
_IN_ORDINAL = re.compile(r"\bв\s+((?:[а-яё]+\s+)?([а-яё]+[еоы]м))(?=\s*(?:$|[,;.!?)]))")


def _ordinal_years(said: str) -> str:
    """ "в сорок втором" as "в 42-м": an ordinal of two digits in words after "в" at its clause's end."""
    def year(m: re.Match[str]) -> str:
        digits = spelled_to_digits(m.group(1), "ru").strip()
        return f"в {digits}-м" if m.group(2) in ORDINAL_FORMS and len(digits) == 2 and digits.isdigit() else m.group()
    return _IN_ORDINAL.sub(year, said) if "м" in said else said


def _whole(digits: str, century: str | None = None) -> str:
    return (century or ("20" if int(digits) < _PIVOT else "19")) + digits


def full_years(answer: str, code: str, card_date: str | None = None, own_century: bool = False) -> str | None:
    """The answer (normalised, number words as digits) with its shortened years written whole, or None when it
    shortens none; none on a card whose own date (`card_date`, "0079-08-24") is of the first century ("в 79 году"
    of AD 79 is that year), nor a year said with its era ("79 год н. э."). `own_century`: the card's `accept`
    itself shortens a year ("June '85" of June 1785), so its instructor reads such years in the card's century."""
    pattern = _SHORT.get(code)
    said = normalise(answer)
    said = _ordinal_years(said) if code == "ru" else said
    if pattern is None or (card_date and _FIRST_CENTURY.match(card_date)) or not _HINT[code].search(said):
        return None
    century = (card_date or "")[:2] if (card_date or "")[:2] == "19" else None  # "в 17-м году" of the 1900s: 1917
    if own_century and card_date and card_date[:2].isdigit():
        century = card_date[:2]
    elif code == "ru" and card_date and _OLDER.match(card_date):
        century = card_date[:2]  # "в 95-м году" of a card of the 1890s: the century the card is about, 1895
    # "'56" of a card of the 1850s: the apostrophe year is said of the century one is talking about ("the '49ers")
    marked = card_date[:2] if card_date and _OLDER.match(card_date) else century

    def whole(text: str) -> str:
        if code == "ru":
            return pattern.sub(lambda m: _whole(m.group(1) or m.group(2) or m.group(3), century)
                               + ("" if m.group(1) else " года"), text)
        return pattern.sub(lambda m: m.group("month") + _whole(m.group(3), century) if m.group("month")
                           else " " + _whole(m.group(1), marked), text.replace("’", "'"))

    full = spelled_to_digits(whole(said), code)  # "69-го" before its ending is read off, "сорок первого года" after
    full = whole(full)
    return full if full != spelled_to_digits(said, code) else None
