"""A year shortened to its last two digits: "в июле 69-го", "14 апреля 41 года", "сорок первого года", "the summer
of '69". A rule of the language: the century left out is the last one or this one (30-99 are 1930-1999, 00-29 are
2000-2029, as dates are read in software too), whatever the card's date: "'94" names 1994, never 1794."""

from __future__ import annotations

import re

from ..quantities import spelled_to_digits
from ..text import normalise

__all__ = ["full_years"]

_HINT = {"ru": re.compile(r"(?i)год|г\b|г\.|\d-(?:го|м)\b"), "en": re.compile(r"['’]\d")}  # (cheap: most answers)
_FIRST_CENTURY = re.compile(r"-?00\d\d(?!\d)")  # a card's date of the years 1-99
_PIVOT = 30  # two digits below it are of this century
_SHORT = {
    "ru": re.compile(r"(?<![\d.,:/])(\d{2})(?:-?(?:го|м|й))?(?=\s+(?:года|году|год|г)\b)"
                     r"(?!\s+(?:года|году|год|г)\.?\s+(?:до\s+)?(?:н\.?\s?э|нашей\s+эры))"  # "79 год н. э.": as written
                     r"|(?<![\d.,:/])(\d{2})-(?:го|м)\b(?!\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр"
                     r"|октябр|ноябр|декабр))"),  # ("21-го декабря" is a day)
    "en": re.compile(r"(?<![\w\d])['’](\d{2})\b"),
}


def _whole(digits: str) -> str:
    return ("20" if int(digits) < _PIVOT else "19") + digits


def full_years(answer: str, code: str, card_date: str | None = None) -> str | None:
    """The answer (normalised, number words as digits) with its shortened years written whole, or None when it
    shortens none; none on a card whose own date (`card_date`, "0079-08-24") is of the first century ("в 79 году"
    of AD 79 is that year), nor a year said with its era ("79 год н. э.")."""
    pattern = _SHORT.get(code)
    if pattern is None or (card_date and _FIRST_CENTURY.match(card_date)) or not _HINT[code].search(answer):
        return None

    def whole(text: str) -> str:
        if code == "ru":
            return pattern.sub(lambda m: _whole(m.group(1) or m.group(2)) + ("" if m.group(1) else " года"), text)
        return pattern.sub(lambda m: " " + _whole(m.group(1)), text.replace("’", "'"))

    said = normalise(answer)
    full = spelled_to_digits(whole(said), code)  # "69-го" before its ending is read off, "сорок первого года" after
    full = whole(full)
    return full if full != spelled_to_digits(said, code) else None
