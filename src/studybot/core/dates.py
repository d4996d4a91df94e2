"""Dates in free text, in English and Russian: "October 28", "28th of October",
"2019-10-28", "28.10.2019", "10/28/2019", "Janury 2020", "8 декабря 1991 года"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import OSA

from .calendars import gregorian_of
from .numbers_en import words_to_digits
from .numbers_ru import ru_words_to_digits
from .text import may_hold_digit, normalise

__all__ = ["MONTHS", "Date", "DateStyle", "day_dot_month", "eras_said", "find_dates", "month_word", "roman_months",
           "spelled_dates"]

# the calendar a date is said in ("O.S.", "по новому стилю", or its place in a pair "2 (14) сентября");
# "span": one of two dates offered together by their form ("1793-1794", "1793/94", "2 (15) сентября")
DateStyle = Literal["", "old", "new", "span"]


@dataclass(frozen=True)
class Date:
    year: int | None
    month: int | None
    day: int | None
    text: str = ""
    style: DateStyle = ""
    swappable: bool = False  # "5/6/1997": May 6 as the US writes it, 5 June as most of the world does
    short_year: bool = False  # "6.5.97": the year as written (AD 97) or 1997

    def readings(self) -> list[tuple[int | None, int | None, int | None]]:
        """(year, month, day) in every way the date may be read."""
        years = [self.year] if not self.short_year or self.year is None else [self.year, _century(self.year)]
        orders = [(self.month, self.day)] + ([(self.day, self.month)] if self.swappable else [])
        return [(y, m, d) for y in years for m, d in orders]


def _century(short: int) -> int:
    """A year written with two digits, as people read it today: '98 is 1998, '21 is 2021."""
    return 1900 + short if short > 30 else 2000 + short


# ----------------------------------------------------------------- dates

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12, "febr": 2,
}
# Russian month names in every case ("декабрь", "8 декабря", "в декабре"), by their stem
_RU_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
              "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_RU_ABBREVIATED = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
                   "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
_RU_MONTH = (r"(?:янв|февр|фев|мар|апр|июн|июл|авг|сент|сен|окт|нояб|ноя|дек)(?=\.|\s)"
             r"|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|марта?|марте|мая|мае|май|августа?|августе")
_FULL_MONTHS = [m for m in MONTHS if len(m) >= 5]
_SHORT_MONTHS = ["june", "july"]  # "Jnue 5", "Juli 2": fixed only beside a number
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|-?(?:ого|го|е|ое))?"
_YEAR_WORD = r"(?:\s*(?:г|гг|года?|году|годы|годах)\b\.?)?"
# a year of one to four digits with its era after it ("9 ad", "44 bc": see `_eras`)
_ERA_YEAR = r"(?:the\s+year\s+)?(?P<y>\d{1,4})" + _YEAR_WORD + r"\s+(?P<era>ad|bc)\b"
_ERA_PATTERNS = [  # read first, in a text with an era ("sept 9 ad" is September AD 9, not 9 September)
    re.compile(rf"\b{_DAY.format('d')}\s+(?:of\s+)?(?P<mn>{_MONTH}|{_RU_MONTH})\.?,?\s+{_ERA_YEAR}"),
    re.compile(rf"\b(?P<mn>{_MONTH}|{_RU_MONTH})\.?\s+(?:the\s+)?{_DAY.format('d')},?\s+{_ERA_YEAR}"),
    re.compile(rf"\b(?P<mn>{_MONTH}|{_RU_MONTH})\.?,?(?:\s+of)?\s+{_ERA_YEAR}"),
    # a numeric day with its era: "15.3.44 BC", "15/03/44 BC", "3/15/44 BC" (the year as written, never 1944)
    re.compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep){_ERA_YEAR}"),
    re.compile(rf"\b{_ERA_YEAR}"),
]
_ANY_MONTH = rf"(?:{_MONTH}|{_RU_MONTH})"
_DECADE_AFTER = r"(?!'?s\b|-?(?:е|х|ые|ых)\b)"  # "1790s", "the 1790's", "1810-е", "в 1810-х": a decade, no year
# one day in two calendars: "2 (14) сентября 1812", "2/14 сентября", "26 августа (7 сентября) 1812",
# "August 26 (September 7), 1812"
_PAIR_PATTERNS = [
    re.compile(rf"\b{_DAY.format('d')}\s*(?:\(|/)\s*{_DAY.format('d2')}\s*\)?\s+(?:of\s+)?"
               rf"(?P<mn>{_ANY_MONTH})\.?(?:,?\s+(?P<y>\d{{4}}))?{_YEAR_WORD}(?![^\W\d_])"),
    re.compile(rf"\b{_DAY.format('d')}\s+(?:of\s+)?(?P<mn>{_ANY_MONTH})\.?\s*[(/]\s*{_DAY.format('d2')}\s+(?:of\s+)?"
               rf"(?P<mn2>{_ANY_MONTH})\.?\s*\)?(?:,?\s+(?P<y>\d{{4}}))?{_YEAR_WORD}(?![^\W\d_])"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+{_DAY.format('d')}\s*[(/]\s*(?:(?P<mn2>{_MONTH})\.?\s+)?{_DAY.format('d2')}"
               rf"\s*\)?,?\s+(?P<y>\d{{4}})"),
]
# a year of three digits (AD 100-999), read only where nothing but a year can stand: after a day and a month, or a
# month, with a year word or nothing but a stop after it ("12 марта 874 года", "March 12, 874."; never "5 May 300
# soldiers"), in a numeric date ("12.03.874"), or "в 874 году"
_YEAR3 = r"(?P<y>\d{3})(?:\s*(?:г|года?|году)\b\.?|(?=\s*(?:$|[,;:!?)]|\.(?!\d))))"
_YEAR3_PATTERNS = [
    re.compile(rf"\b{_DAY.format('d')}(?:\s+|-)(?:of\s+)?(?P<mn>{_ANY_MONTH})\.?,?\s+{_YEAR3}"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+(?:the\s+)?{_DAY.format('d')},?\s+{_YEAR3}"),
    re.compile(rf"\b(?P<mn>{_ANY_MONTH})\.?,?(?:\s+of)?\s+{_YEAR3}"),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{3})(?!\d|[./-]\d)"),
    re.compile(r"\bв\s+(?P<y>\d{3})\s*(?:году\b|г\.)"),
]
_DATE_PATTERNS = [
    *_YEAR3_PATTERNS,
    # a month and its year, then the day: "in April 1835, the 14th", "April 1835, on the 14th" (not "the 14 ships")
    re.compile(rf"\b(?P<mn>{_MONTH})\.?,?(?:\s+of)?\s+(?P<y>\d{{4}}),?\s+(?:on\s+)?the\s+{_DAY.format('d')}"
               r"(?=\s*(?:$|[,.;:!?)]|(?:day|and|but|when|as)\b))"),
    # ... and in Russian, the day said as the month's "число": "июля 1914 года, 27-го числа", "27-го числа июля 1914"
    re.compile(rf"\b(?P<mn>{_RU_MONTH})\.?\s+(?P<y>\d{{4}}){_YEAR_WORD},?\s+{_DAY.format('d')}\s+числа\b"),
    re.compile(rf"\b{_DAY.format('d')}\s+числа\s+(?P<mn>{_RU_MONTH})\.?(?:\s+(?P<y>\d{{4}}))?{_YEAR_WORD}"
               r"(?![^\W\d_])"),
    # two months offered as one: "June/July 1794", "в августе–сентябре 1812"
    re.compile(rf"\b(?P<mn>{_ANY_MONTH})\.?\s*[-/]\s*(?P<mn2>{_ANY_MONTH})\.?(?:\s+of)?\s+(?P<y>\d{{4}})(?!\d)"),
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})\b(?![-/]\d)"),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),  # "14.09.1812г."
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})\b(?![./-]\d)"),  # "6.5.97"
    re.compile(r"\b(?P<m>\d{1,2})[./](?P<y>\d{4})\b"),
    # two years offered as one: "1793-1794", "1793/94", "1811–1812"
    re.compile(r"\b(?P<y>1\d{3}|20\d{2})\s*[-/]\s*(?P<y2>1\d{3}|20\d{2}|\d{2})\b(?![./-]\d)"),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>/)(?P<b>\d{1,2})\b(?![./]\d)"),
    re.compile(rf"\b{_DAY.format('d')}(?:\s+|-)(?:of\s+)?(?P<mn>{_ANY_MONTH})\.?(?:(?:,?\s+|-)(?P<y>\d{{4}}))?"
               rf"{_YEAR_WORD}(?![^\W\d_])"),
    re.compile(rf"\b(?P<mn>{_MONTH})\.?\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)?\b))?{_DAY.format('d')}\b"
               rf"(?:,?\s+(?P<y>\d{{4}}))?"),
    # a Russian month before its day, as the English order has it ("декабря 23, 1917"): with its year only
    re.compile(rf"\b(?P<mn>{_RU_MONTH})\.?\s+{_DAY.format('d')},?\s+(?P<y>\d{{4}})(?!\d)"),
    # "May 1765", "May, 1765", "May of 1765"
    re.compile(rf"\b(?P<mn>{_ANY_MONTH})\.?,?(?:\s+of)?\s+(?P<y>\d{{4}}){_DECADE_AFTER}{_YEAR_WORD}(?![^\W\d_])"),
    re.compile(rf"\b(?P<mn>{_ANY_MONTH})(?![^\W\d_])"),
    re.compile(rf"\b(?P<y>(?:1[0-9]|20)\d{{2}})\b{_DECADE_AFTER}"),
]
_MONTH_ALONE = _DATE_PATTERNS[-2]  # the one form without a figure
# a month's name as every form that has one writes it (never optional in a form): a text without one is not
# searched for those forms, and a text without a figure only for a month alone
_A_MONTH = re.compile(rf"\b{_ANY_MONTH}")
_NAMING_MONTHS = frozenset(p for p in (*_ERA_PATTERNS, *_PAIR_PATTERNS, *_DATE_PATTERNS) if "(?P<mn>" in p.pattern)


@lru_cache(maxsize=8)
def _forms(era: bool, month: bool, figure: bool) -> tuple[re.Pattern[str], ...]:
    """The forms a date may be written in, in the order they are read, of those a text can hold: with an era
    (`era`), with a month's name (`month`), with a figure (`figure`)."""
    return tuple(p for p in (*(_ERA_PATTERNS if era else ()), *_PAIR_PATTERNS, *_DATE_PATTERNS)
                 if (month or p not in _NAMING_MONTHS) and (figure or p is _MONTH_ALONE))
# a month in Roman numerals between a day and a year, or before a year: "28.VII.1794", "14 IX 1812", "IX.1812"
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_ROMAN_DATE = re.compile(rf"(?<![\w.])(\d{{1,2}})([./-])({_ROMAN_MONTH})\2(\d{{4}}|\d{{2}})(?!\d)", re.IGNORECASE)
_ROMAN_DATE_SPACED = re.compile(rf"(?<![\w.])(\d{{1,2}})( )({_ROMAN_MONTH.upper()}) ((?:1\d|20)\d\d)(?!\d)")  # capitals
_ROMAN_MONTH_YEAR = re.compile(rf"(?<![\w.])({_ROMAN_MONTH})([./])(\d{{4}})\b", re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")
_ROMAN_LETTER = re.compile(r"[ivxIVX]")


def roman_months(text: str) -> str:
    """A month written in Roman numerals in a date, in digits: "28.VII.1794" -> "28.7.1794",
    "14 IX 1812" -> "14.9.1812", "IX.1812" -> "9.1812" (dots: the day first)."""
    if not may_hold_digit(text) or not _A_DIGIT.search(text) or not _ROMAN_LETTER.search(text):
        return text  # (each form has a figure beside the month: a day or a year)

    def digits(m: re.Match[str]) -> str:
        return f"{m[1]}.{_ROMAN_MONTHS.index(m[3].lower()) + 1}.{m[4]}"

    text = _ROMAN_DATE_SPACED.sub(digits, _ROMAN_DATE.sub(digits, text))
    return _ROMAN_MONTH_YEAR.sub(lambda m: f"{_ROMAN_MONTHS.index(m[1].lower()) + 1}.{m[3]}", text)


_WORD = re.compile(r"[^\W\d_]{4,}")

# Eras, as one word after the year: "44 BC", "BCE", "before Christ", "до н. э." are "bc"; "AD 14", "14 CE",
# "н. э.", "in the year 14" are "ad" (a year of our era said without one)
_BC = re.compile(r"\b(?:b\.? ?c\.?(?: ?e\.?)?|before (?:christ|the common era|common era)|до н\.? ?э\.?|до нашей эры)"
                 r"(?![^\W\d_])")
_AD = re.compile(r"\b(?:a\.? ?d\.?|c\.? ?e\.?|anno domini|of the common era|н\.? ?э\.?|нашей эры)(?![^\W\d_])")
_ERA_HINT = re.compile(r"\b(?:a\.? ?d|b\.? ?c|c\.? ?e|before|anno|of the common|до н|н\.? ?э|нашей эры|the year)")
_AN_ERA = re.compile(r"\d\s+(?:г\.?\s+|гг\.?\s+|года?\s+|году\s+|годы\s+|годах\s+)?(?:ad|bc)\b")
_ERA_FIRST = re.compile(r"\b(ad|bc) (\d{1,4})\b(?! ad\b| bc\b)")
_YEAR_OF = re.compile(r"\b(?:in )?the year (\d{1,4})\b(?! ad\b| bc\b)")
# a span of years with one era at its end: the era is both ends' ("1260-1390 BC", "from 1260 to 1390 BC")
_SPAN_ERA = re.compile(r"(?<!\d[-./])\b(\d{1,4})(\s*(?:-|–|to|and|по)\s*)(\d{1,4})"
                       r"((?:\s+(?:г|гг|год|года|годы|годах))?\.?\s+(ad|bc))\b")


def eras_said(text: str) -> frozenset[str]:
    """The eras a text names anywhere, "bc" and "ad" ("II век до н. э.", "the 2nd century BCE", "в I веке нашей эры"):
    the words of "до н. э." are not read a second time as "н. э."."""
    folded = text.casefold()
    before = _BC.search(folded) is not None
    ours = _AD.search(_BC.sub(" ", folded)) is not None
    return frozenset(era for era, said in (("bc", before), ("ad", ours)) if said)


def _eras(text: str) -> str:
    """Era words next to a year written one way, after the year: "AD 9" -> "9 ad", "44 B.C." -> "44 bc"."""
    text = _BC.sub(lambda m: " bc" if _beside_number(text, m) else m.group(0), text)
    text = _AD.sub(lambda m: " ad" if _beside_number(text, m) else m.group(0), text)
    text = _ERA_FIRST.sub(r"\2 \1", " ".join(text.split()))
    text = _SPAN_ERA.sub(lambda m: f"{m.group(1)} {m.group(5)}{m.group(2)}{m.group(3)}{m.group(4)}", text)
    return _YEAR_OF.sub(r"\1 ad", text)


def _beside_number(text: str, m: re.Match[str]) -> bool:
    before, after = text[:m.start()].rstrip(" ,"), text[m.end():].lstrip()
    return before[-1:].isdigit() or after[:1].isdigit() \
        or before.endswith((" г", " г.", " гг", " гг.", " год", "года", "году", "годы", "годах"))


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


def month_word(word: str) -> bool:
    """Is a word (lower case) a month's name as a date says it ("february", "feb", "в феврале", "12 мая")?"""
    return word in MONTHS or word in _RU_FULL_MONTHS or word in ("май", "мая", "мае")


@lru_cache(maxsize=4096)
def _fix_month_typos(text: str, months: tuple[str, ...] = ()) -> str:
    """ "Janury", "Octobre", "Novmber": a misspelt English month name (one edit, two for long
    names) is read as the month."""
    # (a month is tried only on a word of its first letter, as the loop below always did)
    by_first, short, words = _ENGLISH_MONTHS if not months else _months_of(months)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in MONTHS or word in _RU_FULL_MONTHS:
            return word
        if len(word) <= 5 and word[0] in short and any(c.isdigit() for c in text[max(0, match.start() - 4):
                                                                               match.end() + 5]):
            # a short month's name, beside a number
            return _nearest_month(word, (*by_first.get(word[0], ()), *short[word[0]]))
        return _month_slip(word, months)  # (elsewhere the word alone decides: each word is tried once)

    text = words.sub(fix, text)  # (the words of `_WORD` that begin as a month: no other word changes)
    if not months and _SHORT_MAY.search(text):  # "6 Mai 1997", "6 mya 1997": May, the only month of three letters
        text = _SHORT_MAY.sub(lambda m: m.group(1) if m.group(1) in MONTHS or OSA.distance(m.group(1), "may") != 1
                              else "may", text)
    return text


def _nearest_month(word: str, candidates: tuple[str, ...]) -> str:
    """The first of `candidates` (months of the word's first letter) that `word` is a slip of (one edit, two for
    long names), or the word itself."""
    for month in candidates:
        limit = 1 if len(month) <= 6 else 2
        if word[0] == month[0] and abs(len(word) - len(month)) <= limit \
                and OSA.distance(word, month, score_cutoff=limit) <= limit:
            return month
    return word


@lru_cache(maxsize=1 << 14)
def _month_slip(word: str, months: tuple[str, ...]) -> str:
    """`_nearest_month` of a word away from a figure, among the months `_fix_month_typos` reads (`months`, or
    English's): it depends on the word alone, so it is worked out once per word, not once per text that has it."""
    by_first = (_ENGLISH_MONTHS if not months else _months_of(months))[0]
    return _nearest_month(word, by_first.get(word[0], ()))


_Months = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], re.Pattern[str]]


def _by_first(months: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Months by their first letter, each letter's in their order."""
    found: dict[str, tuple[str, ...]] = {}
    for month in months:
        found[month[0]] = (*found.get(month[0], ()), month)
    return found


@lru_cache(maxsize=8)
def _months_of(months: tuple[str, ...], short: tuple[str, ...] = ()) -> _Months:
    """`months` and `short` (tried only beside a number) by their first letters, and the words of `_WORD`
    (runs of four letters or more) that begin with one of them."""
    firsts = "".join(re.escape(c) for c in sorted({m[0] for m in (*months, *short)}))
    return _by_first(months), _by_first(short), re.compile(rf"(?<![^\W\d_])[{firsts}][^\W\d_]{{3,}}")


_ENGLISH_MONTHS = _months_of(tuple(_FULL_MONTHS), tuple(_SHORT_MONTHS))
_SHORT_MAY = re.compile(r"(?<=\d )(m[^\W\d_]{2})(?=,? \d)")  # between a day and a year


def _numeric_date(a: int, b: int) -> tuple[int, int] | None:
    """(month, day) of "a/b": day first as most of the world writes, month first when the
    day cannot be a month (10/28); None when neither reading is a date."""
    if 1 <= b <= 12 and 1 <= a <= 31:
        return b, a
    if 1 <= a <= 12 and 1 <= b <= 31:
        return a, b
    return None


_DAY_DOT_MONTH = re.compile(r"\s*(\d{1,2})\.(\d{2})\.?\s*")


def day_dot_month(text: str) -> Date | None:
    """An answer that is only a day and a month with a dot between ("13.02" on a card of 13 February), which
    elsewhere is a decimal figure: the date it names, or None."""
    m = _DAY_DOT_MONTH.fullmatch(text)
    read = _numeric_date(int(m.group(1)), int(m.group(2))) if m else None
    return Date(None, read[0], read[1], m.group(0).strip()) if m and read else None


def find_dates(text: str, *, normalised: bool = False, lang: str = "en") -> list[Date]:
    """Dates written in `text` ("October 28", "28 Oct 2019", "28th of October",
    "2019-10-28", "28.10.2019", "spring 2020" -> year only). Longest forms first;
    a part of text is read once."""
    text = roman_months(text) if normalised else normalise(roman_months(text))
    if lang == "en":
        text = _fix_month_typos(words_to_digits(text))
    elif lang == "ru":
        text = _fix_month_typos(ru_words_to_digits(text), _RU_FULL_MONTHS)
    era = False
    if _ERA_HINT.search(text):
        text = _eras(text)
        era = _AN_ERA.search(text) is not None
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Date]] = []
    for pattern in _forms(era, _A_MONTH.search(text) is not None, _A_DIGIT.search(text) is not None):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            dates = _read({k: v for k, v in m.groupdict().items() if v}, m.group(0), lang)
            if dates:
                taken.append((m.start(), m.end()))
                found += [(m.start(), d) for d in dates]
    return _styled(text, sorted(found, key=lambda x: x[0]))


def _read(groups: dict[str, str], text: str, lang: str) -> list[Date]:
    """The date (or the two dates of a pair or a span) a pattern's match names; [] if it names none."""
    month = _month(groups.get("mn")) or (int(groups["m"]) if groups.get("m") else None)
    day = int(groups["d"]) if groups.get("d") else None
    swappable = False
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        read = _numeric_date(a, b)
        if read is None:
            return []
        month, day = read
        # "5/6/1997", "05-06-1997": May 6 in the US; dots, and Russian, put the day first
        swappable = a != b and a <= 12 and b <= 12 and groups.get("sep") != "." and lang == "en"
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("yy"):
        year = int(groups["yy"])
    if year is not None and groups.get("era") == "bc":
        year = -year  # 44 BC
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return []
    if groups.get("mn") == "may" and day is None and year is None:
        return []  # "may" is mostly a verb
    first = Date(year, month, day, text, swappable=swappable, short_year=bool(groups.get("yy")))
    if groups.get("y2"):
        return _span(first, groups["y2"])
    if groups.get("mn2") and not groups.get("d2"):
        return [replace(first, style="span"), Date(year, _month(groups["mn2"]), None, text, style="span")]
    if groups.get("d2"):
        return _pair(first, _month(groups.get("mn2")) or month, int(groups["d2"]))
    return [first]


def _span(first: Date, second: str) -> list[Date]:
    """Two years written as one span ("1793-1794", "1793/94"): both offered; [] if it is no span."""
    assert first.year is not None
    other = int(second) if len(second) == 4 else first.year // 100 * 100 + int(second)
    if not first.year < other <= first.year + 20:
        return []
    return [replace(first, style="span"), Date(other, None, None, first.text, style="span")]


def _pair(first: Date, month: int | None, day: int) -> list[Date]:
    """The two days of "2 (14) сентября 1812": the earlier is the old style (Julian) date, the later
    the new style (Gregorian) one, when they are one day of the two calendars; else two days offered."""
    second = Date(first.year, month, day, first.text)
    if month is None or first.month is None or not 1 <= day <= 31:
        return []
    old, new = sorted((first, second), key=lambda d: (d.month or 0, d.day or 0))
    if old.year is None or old.day is None or gregorian_of(old.year, old.month or 0, old.day) \
            == (new.year, new.month, new.day):
        return [replace(first, style="old" if first is old else "new"), replace(second, style="new" if
                                                                                 second is new else "old")]
    return [replace(first, style="span"), replace(second, style="span")]


# a date said in one calendar: "26 August 1812 O.S.", "(Old Style)", "по старому стилю", "по ст. ст."
_OLD_STYLE = re.compile(r"(?<![^\W\d_])(?:o\.? ?s\.?|old style|julian(?: calendar)?|(?:по )?старому стилю"
                        r"|(?:по )?ст\.? ?ст|(?:по )?юлианскому(?: календарю)?)(?![^\W\d_])")
_NEW_STYLE = re.compile(r"(?<![^\W\d_])(?:n\.? ?s\.?|new style|gregorian(?: calendar)?|(?:по )?новому стилю"
                        r"|(?:по )?н\.? ?ст|(?:по )?григорианскому(?: календарю)?)(?![^\W\d_])")
_STYLE_REACH = 24  # characters between a date and the calendar said after it ("1812 г. (по ст. ст.)")


def _styled(text: str, found: list[tuple[int, Date]]) -> list[Date]:
    """The dates, each marked with the calendar said right after it."""
    dates = [d for _, d in found]
    if not found:
        return dates
    for pattern, style in ((_OLD_STYLE, "old"), (_NEW_STYLE, "new")):
        for m in pattern.finditer(text):
            before = [k for k, (at, d) in enumerate(found) if d.style == "" and at + len(d.text) <= m.start()
                      and m.start() - (at + len(d.text)) <= _STYLE_REACH]
            if before:
                k = before[-1]
                dates[k] = replace(dates[k], style="old" if style == "old" else "new")
    return dates


_MONTH_NAMES = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
}


_DAY_SUFFIX = re.compile(r"\b(\d\d?)(?:st|nd|rd|th)\b")


def spelled_dates(text: str, lang: str = "en") -> str:
    """A normalised text with its days written as a text on the subject would write them: "28/07/1794",
    "28.VII.1794", "1794-07-28", "July 28th, 1794" -> "28 july 1794"; "14.09.1812" -> "14 сентября 1812"
    (for looking a question's date up in the notes). Pairs of two calendars stay as written."""
    names = _MONTH_NAMES.get(lang)
    if names is None or not any(c.isdigit() for c in text):
        return text
    text = roman_months(text)
    if lang == "en":
        text = _DAY_SUFFIX.sub(r"\1", text)  # "July 28th": the day as `find_dates` reads it
    for d in find_dates(text, normalised=True, lang=lang):
        if d.month and d.day and not d.style and not d.swappable and not d.short_year and (d.year or 0) >= 0 \
                and d.text in text:
            year = f" {d.year}" if d.year else ""
            text = text.replace(d.text, f"{d.day} {names[d.month - 1]}{year}", 1)
    return text
