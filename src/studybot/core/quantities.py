"""Quantities in free text: numbers, money, percentages, counts, dates, durations.

`find_quantities(text)` reads what a learner typed ("one hundred seventy-six million
dollars", "$176m", "0,015%", "28th of October", "a year and a half") into
`Quantity` values that the grader compares as numbers, never as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import OSA

from .numbers_ru import ru_words_to_digits
from .text import normalise

__all__ = ["MONTHS", "Date", "Quantity", "QuantityKind", "find_dates", "find_quantities", "measure", "spelled_to_digits",
           "words_to_digits"]


QuantityKind = Literal["money", "percent", "count", "duration", "length", "area", "volume", "mass", "temperature"]


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: QuantityKind
    unit: str | None = None  # currency code, "%", a time unit for durations, "base" for measures
    text: str = ""
    scale: float = 1.0  # a measure: the written unit in base units (2.5 cm: value 0.025, scale 0.01)

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
            if len(groups) == 2 and groups[0] >= 10 and groups[1] >= 10 and "," not in raw:
                return str(groups[0] * 100 + groups[1])  # "nineteen thirty-nine"
            return (", " if "," in raw else " ").join(str(g) for g in groups)
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
    # Russian: тыс., млн, млрд and their words in any case
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "млн": 1e6, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
}
_CURRENCY_BEFORE = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
_CURRENCY_AFTER = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "us dollars": "USD", "bucks": "USD",
    "$": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "долларов": "USD", "доллара": "USD", "доллар": "USD", "долл": "USD", "евро": "EUR",
    "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб": "RUB",
}
_PERCENT_AFTER = ("%", "per cent", "percent", "pct", "percentage points", "percentage point", "pp",
                  "процент", "процента", "процентов")
_DURATION_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "ma": "myr", "myr": "myr", "mya": "myr", "my": "myr", "ga": "gyr", "gyr": "gyr", "ka": "kyr", "kyr": "kyr",
    "год": "year", "года": "year", "лет": "year", "годы": "year", "месяц": "month", "месяца": "month",
    "месяцев": "month", "неделя": "week", "недели": "week", "недель": "week", "день": "day", "дня": "day",
    "дней": "day", "век": "century", "века": "century", "веков": "century",
}

# Measures: spelling -> (dimension, factor to the base unit: metre, kilogram; temperatures as written)
_MEASURES: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters", "м", "метр", "метра", "метров"), ("length", 1.0)),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers", "км", "километр", "километра",
                     "километров"), ("length", 1e3)),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters", "см", "сантиметр",
                     "сантиметра", "сантиметров"), ("length", 1e-2)),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter", "millimeters", "мм", "миллиметр",
                     "миллиметра", "миллиметров"), ("length", 1e-3)),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "кг", "килограмм", "килограмма", "килограммов"), ("mass", 1.0)),
    **dict.fromkeys(("g", "gram", "grams", "gramme", "grammes", "грамм", "грамма", "граммов"), ("mass", 1e-3)),
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons", "т", "тонна", "тонны", "тонн"), ("mass", 1e3)),
    **dict.fromkeys(("°c", "°", "degrees", "degree", "градус", "градуса", "градусов"), ("temperature", 1.0)),
    **dict.fromkeys(("mi", "mile", "miles"), ("length", 1609.344)),
    **dict.fromkeys(("ft", "foot", "feet"), ("length", 0.3048)),
    **dict.fromkeys(("inch", "inches"), ("length", 0.0254)),
    **dict.fromkeys(("yd", "yard", "yards"), ("length", 0.9144)),
}
_MEASURE_WORDS = "|".join(re.escape(w) for w in sorted(_MEASURES, key=len, reverse=True))
_NUM = r"[-+]?(?:\d{1,3}(?:[ ,.']\d{3})+|\d+)(?:[.,]\d+)?|[-+]?[.,]\d+"
_QUANTITY = re.compile(
    rf"""
    (?P<cur>us\$|\$|€|£|\busd\b|\beur\b)?\s*
    (?<![\w.,+-])(?P<num>{_NUM})
    (?:\s*(?P<mag>thousands?|millions?|billions?|trillion|mln|mio|mn|bln|bn|tn|mil|k|m|b
        |тыс(?:яч[аиу]?)?|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?)\b\.?)?
    (?:\s*(?P<after>%|per\ cent|percent|pct|percentage\ points?|pp\b|us\ dollars|usd\b|dollars?\b|bucks\b|\$
        |eur\b|euros?\b
        |years?\b|yrs?\b|months?\b|weeks?\b|days?\b|decades?\b|century\b|centuries\b|ma\b|myr\b|mya\b|ga\b
        |gyr\b|ka\b|kyr\b
        |процент(?:а|ов)?\b|доллар(?:а|ов)?\b|долл\b|евро\b|рубл(?:ь|я|ей)\b|руб\b
        |год(?:а|ы)?\b|лет\b|месяц(?:а|ев)?\b|недел[ьиья]\b|недель\b|день\b|дн(?:я|ей)\b|век(?:а|ов)?\b))?
    (?:\s*(?P<meas>{_MEASURE_WORDS})(?P<pow>[23](?!\d))?(?![^\W\d_]))?
    """,
    re.VERBOSE,
)
_POWERS = {"2": "area", "3": "volume"}
_GEOLOGICAL = {"kyr": 1e3, "myr": 1e6, "gyr": 1e9}
_MINUS = re.compile(r"\b(?:minus|минус)\s+(?=[\d.])")


def measure(unit: str | None) -> tuple[str, float] | None:
    """(dimension, factor to the base unit) of a unit as written ("cm", "km3", "км²", "cm/year":
    the part before a slash or "per"), or None when it is no measure."""
    text = normalise(unit or "").replace("°", "° ").strip()
    text = re.split(r"/| per | a | в ", text)[0].strip().replace("° c", "°c").replace("° ", "°")
    if text[-1:] in _POWERS and text[:-1] in _MEASURES:
        dimension, factor = _MEASURES[text[:-1]]
        return (_POWERS[text[-1]], factor ** int(text[-1])) if dimension == "length" else None
    return _MEASURES.get(text)


def _parse_number(raw: str, lang: str = "en") -> float | None:
    raw = raw.replace("'", "").replace(" ", "")
    if lang == "ru" and "," in raw and "." not in raw and raw.count(",") == 1:
        raw = raw.replace(",", ".")  # a decimal comma: 1,6 км
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


def spelled_to_digits(text: str, lang: str = "en") -> str:
    """Number words of a supported language as digits (normalised text)."""
    if lang == "en":
        return words_to_digits(text)
    if lang == "ru":
        return ru_words_to_digits(text)
    return text


def find_quantities(text: str, *, normalised: bool = False, lang: str = "en") -> list[Quantity]:
    """Every quantity written in `text`, in order. Number words are read in English only;
    digits, magnitudes, units and separators in every supported language."""
    if not normalised:
        text = normalise(text)
    text = spelled_to_digits(text, lang)
    text = _MINUS.sub("-", text)
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        value = _parse_number(m.group("num"), lang)
        if value is None:
            continue
        mag = (m.group("mag") or "").rstrip(".")
        if mag:
            value *= _MAGNITUDE[mag]
        after = (m.group("after") or "").strip()
        cur = m.group("cur")
        kind, unit = "count", None
        if after in _PERCENT_AFTER or after.startswith("percentage"):
            kind, unit = "percent", "%"
        elif after in _DURATION_UNITS:
            kind, unit = "duration", _DURATION_UNITS[after]
            if unit in _GEOLOGICAL:  # "180 Ma": millions of years
                value, unit = value * _GEOLOGICAL[unit], "year"
        elif cur or after in _CURRENCY_AFTER:
            kind = "money"
            unit = _CURRENCY_BEFORE.get(cur or "") or _CURRENCY_AFTER.get(after, "USD")
        if not after and not cur and m.group("meas"):
            found = measure(m.group("meas") + (m.group("pow") or ""))
            if found is not None:
                out.append(Quantity(value * found[1], found[0], "base", m.group(0).strip(), found[1]))  # type: ignore[arg-type]
                continue
        elif mag == "m" and not cur and not after and " " in m.group(0).strip():
            out.append(Quantity(value / 1e6, "length", "base", m.group(0).strip()))  # "10,900 m": metres too
        out.append(Quantity(value, kind, unit, m.group(0).strip()))
    return out


# ----------------------------------------------------------------- dates

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Russian month names in every case ("декабрь", "8 декабря", "в декабре"), by their stem
_RU_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
              "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_RU_ABBREVIATED = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
                   "окт": 10, "ноя": 11, "дек": 12}
_RU_MONTH = r"(?:янв|фев|апр|авг|сент|сен|окт|ноя|дек)(?=\.|\s)|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|марта?|марте|мая|мае|май|августа?|августе"
_FULL_MONTHS = [m for m in MONTHS if len(m) >= 5]
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|-?(?:го|е|ое))?"
_YEAR_WORD = r"(?:\s*(?:г|гг|года?|году)\b\.?)?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>\d{4})\b"),
    re.compile(r"\b(?P<m>\d{1,2})[./](?P<y>\d{4})\b"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![./]\d)"),
    re.compile(rf"\b{_DAY.format('d')}\s+(?:of\s+)?(?P<mn>{_MONTH}|{_RU_MONTH})\.?(?:,?\s+(?P<y>\d{{4}}))?"
               rf"{_YEAR_WORD}(?![^\W\d_])"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+{_DAY.format('d')}\b(?:,?\s+(?P<y>\d{{4}}))?"),
    re.compile(rf"\b(?P<mn>{_MONTH}|{_RU_MONTH})\.?(?:\s+of)?\s+(?P<y>\d{{4}}){_YEAR_WORD}(?![^\W\d_])"),
    re.compile(rf"\b(?P<mn>{_MONTH}|{_RU_MONTH})(?![^\W\d_])"),
    re.compile(r"\b(?P<y>(?:1[0-9]|20)\d{2})\b"),
]
_WORD = re.compile(r"[^\W\d_]{4,}")


def _month(name: str | None) -> int | None:
    if not name:
        return None
    if name in MONTHS:
        return MONTHS[name]
    if name in _RU_ABBREVIATED:
        return _RU_ABBREVIATED[name]
    for stem, number in _RU_MONTHS.items():
        if name.startswith(stem) and (stem != "ма" or name in ("мая", "мае", "май")):
            return number
    return None


_RU_FULL_MONTHS = tuple(
    f"{stem}{ending}" for stem in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр")
    for ending in "ьяе") + ("март", "марта", "марте", "август", "августа", "августе")


@lru_cache(maxsize=4096)
def _fix_month_typos(text: str, months: tuple[str, ...] = ()) -> str:
    """ "Janury", "Octobre", "Novmber": a misspelt English month name (one edit, two for long
    names) is read as the month."""
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in MONTHS or word in _RU_FULL_MONTHS:
            return word
        for month in months or _FULL_MONTHS:
            limit = 1 if len(month) <= 6 else 2
            if word[0] == month[0] and abs(len(word) - len(month)) <= limit \
                    and OSA.distance(word, month, score_cutoff=limit) <= limit:
                return month
        return word

    return _WORD.sub(fix, text)


def _numeric_date(a: int, b: int) -> tuple[int, int] | None:
    """(month, day) of "a/b": day first as most of the world writes, month first when the
    day cannot be a month (10/28); None when neither reading is a date."""
    if 1 <= b <= 12 and 1 <= a <= 31:
        return b, a
    if 1 <= a <= 12 and 1 <= b <= 31:
        return a, b
    return None


def find_dates(text: str, *, normalised: bool = False, lang: str = "en") -> list[Date]:
    """Dates written in `text` ("October 28", "28 Oct 2019", "28th of October",
    "2019-10-28", "28.10.2019", "spring 2020" -> year only). Longest forms first;
    a part of text is read once."""
    if not normalised:
        text = normalise(text)
    if lang == "en":
        text = _fix_month_typos(words_to_digits(text))
    elif lang == "ru":
        text = _fix_month_typos(ru_words_to_digits(text), _RU_FULL_MONTHS)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = _month(groups.get("mn")) or (int(groups["m"]) if groups.get("m") else None)
            day = int(groups["d"]) if groups.get("d") else None
            if groups.get("a"):
                read = _numeric_date(int(groups["a"]), int(groups["b"]))
                if read is None:
                    continue
                month, day = read
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


# ----------------------------------------------------------------- shares

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4}
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
          "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}
_SHARE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|[1-4])[ -])?(?P<part>halves|half|thirds?|quarters?|fourths?|fifths?"
    r"|sixth|tenths?)\b"
    r"|\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?!/)"
    r"|\b(?P<x>\d{1,2}|one|two|three|four) (?:in|out of) (?P<y>\d{1,3}|two|three|four|five|ten)\b"
)
_RU_SHARES = {"половина": 0.5, "половину": 0.5, "половины": 0.5, "треть": 1 / 3, "трети": 1 / 3, "две трети": 2 / 3,
              "четверть": 0.25, "три четверти": 0.75, "пятая часть": 0.2, "пятую часть": 0.2}
_RU_SHARE = re.compile(r"\b(?:" + "|".join(sorted(_RU_SHARES, key=len, reverse=True)) + r")\b")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


def find_shares(text: str, *, normalised: bool = False) -> list[float]:
    """Fractions written as words or "a/b" ("half", "two thirds", "a fifth", "4/5", "one in
    five", "половина"), as numbers between 0 and 1 (for comparing with percentages)."""
    if not normalised:
        text = normalise(text)
    out: list[float] = []
    for m in _SHARE.finditer(text):
        if m.group("part"):
            count = _COUNTS.get(m.group("n") or "a", 1)
            if m.group("part").startswith("half") and m.group("n") in (None, "a", "an", "one"):
                out.append(0.5)
            else:
                out.append(count / _PARTS[m.group("part")])
        elif m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
            if 0 < a < b:
                out.append(a / b)
        else:
            x = _WORD_NUMBERS.get(m.group("x")) or int(m.group("x"))
            y = _WORD_NUMBERS.get(m.group("y")) or int(m.group("y"))
            if 0 < x < y:
                out.append(x / y)
    out.extend(_RU_SHARES[m.group(0)] for m in _RU_SHARE.finditer(text))
    return out
