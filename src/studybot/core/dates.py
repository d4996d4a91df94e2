"""Dates in free text, in English and Russian: "October 28", "28th of October",
"2019-10-28", "28.10.2019", "10/28/2019", "Janury 2020", "8 декабря 1991 года"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from .numbers_en import words_to_digits
from .numbers_ru import ru_words_to_digits
from .text import normalise

__all__ = ["MONTHS", "Date", "find_dates"]


@dataclass(frozen=True)
class Date:
    year: int | None
    month: int | None
    day: int | None
    text: str = ""


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
_RU_MONTH = (r"(?:янв|фев|апр|авг|сент|сен|окт|ноя|дек)(?=\.|\s)"
             r"|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|марта?|марте|мая|мае|май|августа?|августе")
_FULL_MONTHS = [m for m in MONTHS if len(m) >= 5]
_SHORT_MONTHS = ["june", "july"]  # "Jnue 5", "Juli 2": fixed only beside a number
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|-?(?:го|е|ое))?"
_YEAR_WORD = r"(?:\s*(?:г|гг|года?|году)\b\.?)?"
# a year of one to four digits with its era after it ("9 ad", "44 bc": see `_eras`)
_ERA_YEAR = r"(?:the\s+year\s+)?(?P<y>\d{1,4})" + _YEAR_WORD + r"\s+(?P<era>ad|bc)\b"
_ERA_PATTERNS = [  # read first, in a text with an era ("sept 9 ad" is September AD 9, not 9 September)
    re.compile(rf"\b{_DAY.format('d')}\s+(?:of\s+)?(?P<mn>{_MONTH}|{_RU_MONTH})\.?,?\s+{_ERA_YEAR}"),
    re.compile(rf"\b(?P<mn>{_MONTH}|{_RU_MONTH})\.?\s+{_DAY.format('d')},?\s+{_ERA_YEAR}"),
    re.compile(rf"\b(?P<mn>{_MONTH}|{_RU_MONTH})\.?,?(?:\s+of)?\s+{_ERA_YEAR}"),
    re.compile(rf"\b{_ERA_YEAR}"),
]
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

# Eras, as one word after the year: "44 BC", "BCE", "before Christ", "до н. э." are "bc"; "AD 14", "14 CE",
# "н. э.", "in the year 14" are "ad" (a year of our era said without one)
_BC = re.compile(r"\b(?:b\.? ?c\.?(?: ?e\.?)?|before (?:christ|the common era|common era)|до н\.? ?э\.?|до нашей эры)"
                 r"(?![^\W\d_])")
_AD = re.compile(r"\b(?:a\.? ?d\.?|c\.? ?e\.?|anno domini|of the common era|н\.? ?э\.?|нашей эры)(?![^\W\d_])")
_ERA_HINT = re.compile(r"\b(?:a\.? ?d|b\.? ?c|c\.? ?e|before|anno|of the common|до н|н\.? ?э|нашей эры|the year)")
_AN_ERA = re.compile(r"\d\s+(?:г\.?\s+|года?\s+|году\s+)?(?:ad|bc)\b")
_ERA_FIRST = re.compile(r"\b(ad|bc) (\d{1,4})\b(?! ad\b| bc\b)")
_YEAR_OF = re.compile(r"\b(?:in )?the year (\d{1,4})\b(?! ad\b| bc\b)")


def _eras(text: str) -> str:
    """Era words next to a year written one way, after the year: "AD 9" -> "9 ad", "44 B.C." -> "44 bc"."""
    text = _BC.sub(lambda m: " bc" if _beside_number(text, m) else m.group(0), text)
    text = _AD.sub(lambda m: " ad" if _beside_number(text, m) else m.group(0), text)
    text = _ERA_FIRST.sub(r"\2 \1", " ".join(text.split()))
    return _YEAR_OF.sub(r"\1 ad", text)


def _beside_number(text: str, m: re.Match[str]) -> bool:
    before, after = text[:m.start()].rstrip(" ,"), text[m.end():].lstrip()
    return before[-1:].isdigit() or before.endswith((" г", " г.", "года", "году")) or after[:1].isdigit()


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
        near_number = any(c.isdigit() for c in text[max(0, match.start() - 4):match.end() + 5])
        candidates = months or (_FULL_MONTHS + (_SHORT_MONTHS if len(word) == 4 and near_number else []))
        for month in candidates:
            limit = 1 if len(month) <= 6 else 2
            if word[0] == month[0] and abs(len(word) - len(month)) <= limit \
                    and OSA.distance(word, month, score_cutoff=limit) <= limit:
                return month
        return word

    text = _WORD.sub(fix, text)
    if not months and _SHORT_MAY.search(text):  # "6 Mai 1997", "6 mya 1997": May, the only month of three letters
        text = _SHORT_MAY.sub(lambda m: m.group(1) if m.group(1) in MONTHS or OSA.distance(m.group(1), "may") != 1
                              else "may", text)
    return text


_SHORT_MAY = re.compile(r"(?<=\d )(m[^\W\d_]{2})(?=,? \d)")  # between a day and a year


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
    patterns = _DATE_PATTERNS
    if _ERA_HINT.search(text):
        text = _eras(text)
        if _AN_ERA.search(text):
            patterns = _ERA_PATTERNS + _DATE_PATTERNS
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Date]] = []
    for pattern in patterns:
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
            if year is not None and groups.get("era") == "bc":
                year = -year  # 44 BC
            if month is not None and not 1 <= month <= 12:
                continue
            if day is not None and not 1 <= day <= 31:
                continue
            if groups.get("mn") == "may" and day is None and year is None:
                continue  # "may" is mostly a verb
            taken.append((m.start(), m.end()))
            found.append((m.start(), Date(year, month, day, m.group(0))))
    return [d for _, d in sorted(found, key=lambda x: x[0])]
