"""Quantities in free text: numbers, money, percentages, counts, dates, durations.

`find_quantities(text)` reads what a learner typed ("one hundred seventy-six million
dollars", "$176m", "0,015%", "28th of October", "a year and a half") into
`Quantity` values that the grader compares as numbers, never as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from .text import normalise

__all__ = ["MONTHS", "Date", "Quantity", "find_dates", "find_quantities", "words_to_digits"]


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # "money", "percent", "count", "duration"
    unit: str | None = None  # currency code, "%", or a time unit for durations
    text: str = ""

    def matches(self, value: float, allowed: float = 0.0) -> bool:
        return abs(self.value - value) <= max(allowed, abs(value) * 1e-9)


@dataclass(frozen=True)
class Date:
    year: int | None
    month: int | None
    day: int | None
    text: str = ""


# ----------------------------------------------------------------- number words

_UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))
_WORD_RUN = re.compile(
    rf"\b(?:a |an )?(?:{_NUMBER_WORD})(?:(?:[ -]|, | and )(?:{_NUMBER_WORD}))*\b"
)


def _groups(tokens: list[str]) -> list[int] | None:
    """Number words without scales, grouped as spoken: "twenty one five" -> [21, 5]."""
    groups: list[int] = []
    pending_tens = False
    for tok in tokens:
        if tok == "and":
            continue
        if tok in _TENS:
            groups.append(_TENS[tok])
            pending_tens = True
        elif tok in _UNITS:
            if pending_tens and _UNITS[tok] < 10:
                groups[-1] += _UNITS[tok]
            else:
                groups.append(_UNITS[tok])
            pending_tens = False
        else:
            return None
    return groups


def _words_value(tokens: list[str]) -> float | None:
    total, current = 0, 0
    seen = False
    for tok in tokens:
        if tok in ("a", "an"):
            current = max(current, 1)
            continue
        if tok == "and":
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in _SCALES:
            total += max(current, 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_POINT = re.compile(rf"\b(\d+|{_DIGIT_WORD}|[a-z]+teen|ten|eleven|twelve) point ((?:(?:{_DIGIT_WORD}|\d)\b ?)+)")


def _point(match: re.Match) -> str:
    """ "zero point zero one five" -> "0.015" """
    whole = match.group(1)
    value = int(whole) if whole.isdigit() else _words_value([whole])
    if value is None:
        return match.group(0)
    digits = "".join(d if d.isdigit() else str(_UNITS.get(d, 0)) for d in match.group(2).split())
    return f"{int(value)}.{digits} "


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


@lru_cache(maxsize=8192)
def words_to_digits(text: str) -> str:
    """Replace runs of English number words with digits ("one hundred seventy-six
    million" -> "176000000"; "a year and a half" -> "1.5 year"). Text is expected
    normalised (lower case)."""
    text = _NUMBER_TYPO.sub(_fix_number_typo, text)
    if not _NUMBER_WORDS_PRESENT.search(text):
        return text
    text = re.sub(r"\b(?:a |an |one )?(year|month|week|day|hour)s? and a half\b", r"1.5 \1", text)
    text = re.sub(r"\bhalf (?:a|an) (year|month|week|day|hour)\b", r"0.5 \1", text)
    text = re.sub(r"\b(?:a )?quarter(?: of an?)? (century|year)\b", r"0.25 \1", text)
    text = re.sub(r"\bhalf (?:of )?an? (century|decade)\b", r"0.5 \1", text)
    text = _POINT.sub(_point, text)

    def repl(match: re.Match) -> str:
        raw = match.group(0)
        tokens = [t for t in re.split(r"[ ,-]+", raw) if t]
        # a lone "a"/"an" followed by a scale ("a million") is a number; "a" alone is not
        if all(t in _SCALES or t == "and" for t in tokens):
            return raw  # "176 million": the magnitude reader handles a bare scale word
        if not any(t in _SCALES or t in ("a", "an", "dozen") for t in tokens):
            groups = _groups(tokens)
            if groups is None:
                return raw
            if len(groups) == 2 and groups[0] >= 10 and groups[1] >= 10:
                return str(groups[0] * 100 + groups[1])  # "nineteen thirty-nine"
            return " ".join(str(g) for g in groups)
        value = _words_value(tokens)
        if value is None or value >= 1e15:
            return raw
        return _fmt(value)

    text = _TENS_ORDINAL.sub(lambda m: str(_TENS[m.group(1)] + _ORDINALS[m.group(2)]), text)  # twenty-eighth
    text = _WORD_RUN.sub(repl, text)
    text = re.sub(r"\b(\d+) and (?:a|one) half\b", lambda m: _fmt(int(m.group(1)) + 0.5), text)
    text = re.sub(r"\b(?:a |one )(half|quarter)\b", lambda m: _fmt(_FRACTIONS[m.group(1)]), text)
    text = re.sub(r"\bhalf\b(?= of| the| a\b)", "0.5", text)
    # "176 million" stays for the magnitude reader; ordinals become digits
    text = _ORDINAL.sub(lambda m: str(_ORDINALS[m.group(1)]), text)
    return text


_TENS_ORDINAL = re.compile(rf"\b({'|'.join(_TENS)})[ -]({'|'.join(k for k, v in _ORDINALS.items() if v < 10)})\b")
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)})\b")
_NUMBER_TYPO = re.compile(
    r"\b([a-z]{4,})(?= (?:years?|months?|weeks?|days?|times|million|billion|thousand|hundred|percent|per cent|%))"
)
_SPELLED = sorted([*_UNITS, *_TENS, *_SCALES])


def _fix_number_typo(match: re.Match) -> str:
    """ "eigth years" -> "eight years": a misspelt number word right before a unit."""
    word = match.group(1)
    if word in _UNITS or word in _TENS or word in _SCALES or word in _ORDINALS:
        return word
    for number in _SPELLED:
        if number[0] == word[0] and abs(len(number) - len(word)) <= 1 and OSA.distance(number, word) == 1:
            return number
    return word


_TRIGGERS = sorted([*_UNITS, *_TENS, *_SCALES, *_ORDINALS, "dozen", "half", "quarter", "point", "oh"],
                   key=len, reverse=True)
_NUMBER_WORDS_PRESENT = re.compile(rf"\b(?:{'|'.join(_TRIGGERS)})\b")


# ----------------------------------------------------------------- digits

_MAGNITUDE = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "million": 1e6, "millions": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9,
    "billions": 1e9, "bln": 1e9, "tn": 1e12, "trillion": 1e12,
}
_CURRENCY_BEFORE = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
_CURRENCY_AFTER = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "us dollars": "USD", "bucks": "USD",
    "$": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR",
}
_PERCENT_AFTER = ("%", "per cent", "percent", "pct", "percentage points", "percentage point", "pp")
_DURATION_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}

_NUM = r"[-+]?(?:\d{1,3}(?:[ ,.']\d{3})+|\d+)(?:[.,]\d+)?|[-+]?[.,]\d+"
_QUANTITY = re.compile(
    rf"""
    (?P<cur>us\$|\$|€|£|\busd\b|\beur\b)?\s*
    (?<![\w.,+-])(?P<num>{_NUM})
    (?:\s*(?P<mag>thousands?|millions?|billions?|trillion|mln|mio|mn|bln|bn|tn|mil|k|m|b)\b)?
    (?:\s*(?P<after>%|per\ cent|percent|pct|percentage\ points?|pp\b|us\ dollars|usd\b|dollars?\b|bucks\b|\$
        |eur\b|euros?\b
        |years?\b|yrs?\b|months?\b|weeks?\b|days?\b|decades?\b|century\b|centuries\b))?
    """,
    re.VERBOSE,
)


def _parse_number(raw: str) -> float | None:
    raw = raw.replace("'", "").replace(" ", "")
    sign = -1.0 if raw.startswith("-") else 1.0
    raw = raw.lstrip("+-")
    if "," in raw and "." in raw:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif "," in raw:
        parts = raw.split(",")
        # 1,000 and 12,345,678 are thousands; 0,015 and 3,5 are decimal commas
        if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] not in ("", "0")):
            raw = raw.replace(",", "")
        else:
            raw = raw.replace(",", ".")
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return sign * float(raw)
    except ValueError:
        return None


def find_quantities(text: str, *, normalised: bool = False) -> list[Quantity]:
    """Every quantity written in `text`, in order."""
    if not normalised:
        text = normalise(text)
    text = words_to_digits(text)
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        value = _parse_number(m.group("num"))
        if value is None:
            continue
        mag = m.group("mag")
        if mag:
            value *= _MAGNITUDE[mag]
        after = (m.group("after") or "").strip()
        cur = m.group("cur")
        kind, unit = "count", None
        if after in _PERCENT_AFTER or after.startswith("percentage"):
            kind, unit = "percent", "%"
        elif after in _DURATION_UNITS:
            kind, unit = "duration", _DURATION_UNITS[after]
        elif cur or after in _CURRENCY_AFTER:
            kind = "money"
            unit = _CURRENCY_BEFORE.get(cur or "") or _CURRENCY_AFTER.get(after, "USD")
        out.append(Quantity(value, kind, unit, m.group(0).strip()))
    return out


# ----------------------------------------------------------------- dates

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b"),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<y>\d{4})\b"),
    re.compile(rf"\b{_DAY.format('d')}\s+(?:of\s+)?(?P<mn>{_MONTH})\.?(?:,?\s+(?P<y>\d{{4}}))?\b"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+{_DAY.format('d')}\b(?:,?\s+(?P<y>\d{{4}}))?"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?(?:\s+of)?\s+(?P<y>\d{{4}})\b"),
    re.compile(rf"\b(?P<mn>{_MONTH})\b"),
    re.compile(r"\b(?P<y>(?:1[0-9]|20)\d{2})\b"),
]


def find_dates(text: str, *, normalised: bool = False) -> list[Date]:
    """Dates written in `text` ("October 28", "28 Oct 2019", "28th of October",
    "2019-10-28", "28.10.2019", "spring 2020" -> year only). Longest forms first;
    a part of text is read once."""
    if not normalised:
        text = normalise(text)
    text = words_to_digits(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = MONTHS.get(groups.get("mn") or "") or (int(groups["m"]) if groups.get("m") else None)
            day = int(groups["d"]) if groups.get("d") else None
            year = int(groups["y"]) if groups.get("y") else None
            if month is not None and not 1 <= month <= 12:
                continue
            if day is not None and not 1 <= day <= 31:
                continue
            if groups.get("mn") == "may" and day is None and year is None:
                continue  # "may" is mostly a verb
            taken.append((m.start(), m.end()))
            found.append((m.start(), Date(year, month, day, m.group(0))))
    return [d for _, d in sorted(found, key=lambda x: x[0])]
