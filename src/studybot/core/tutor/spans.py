"""A span of time written without a figure: "more than a year", "over a century", "about a week", "within a
day", "больше суток", "более года", "почти неделю", "около месяца". A word of degree or nearness before one unit
of time (in English with "a", "an" or "one") says how long a thing lasted, as "14 months" does, so the passage
meets "how long", "как долго", "сколько времени"; so do English units in the plural after "for" or "over"
("for years or even decades", "over centuries") and what has gone on since a year ("in use since the
1920s"). A unit alone dates or repeats ("a year later", "every year", "many years later", "в том году", "за год"),
and is no such span."""

from __future__ import annotations

import re

__all__ = ["says_span"]

_EN_UNITS = "second|minute|hour|day|week|fortnight|month|year|decade|century|generation|lifetime"
_RU_UNITS = ("секунды|секунду|минуты|минуту|часа|час|суток|сутки|дня|день|недели|неделю|месяца|месяц|года|год|"
             "десятилетия|века|век|полугода")
SPANS: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"\b(?:(?:just\s+)?(?:more|less|longer|shorter)\s+than|(?:just\s+)?(?:over|under)|about|"
                     rf"around|nearly|almost|roughly|within|for|the\s+whole\s+of)\s+(?:a|an|one)\s+"
                     rf"(?:{_EN_UNITS})\b", re.IGNORECASE),
    "ru": re.compile(rf"(?<!\w)(?:больше|более|меньше|менее|свыше|около|почти|целый|целую|целых|в\s+течение)\s+"
                     rf"(?:{_RU_UNITS})(?!\w)", re.IGNORECASE),
}


# units in the plural after "for" or "over" ("survive for years or even decades", "for several weeks", "over
# centuries"), not dating ("for years afterwards" is still a span, "years later" no span); and what has gone on
# "since" a year or a decade ("in use since the 1920s") says how long it has
_EN_PLURAL = "seconds|minutes|hours|days|weeks|months|years|decades|centuries|generations|millennia"
PLURAL_SPANS: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"\b(?:for|over)\s+(?:(?:many|several|some|a\s+few)\s+)?"
                     rf"(?:{_EN_PLURAL})\b(?!\s+(?:later|earlier|ago|before|after|old)\b)|"
                     rf"\b(?:ever\s+)?since\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d{{4}}s?\b", re.IGNORECASE),
}


def says_span(text: str, code: str) -> bool:
    """Does a sentence give a span of time without a figure ("took more than a year", "больше суток", "for
    decades", "in use since the 1920s")?"""
    return any(p is not None and p.search(text) is not None for p in (SPANS.get(code), PLURAL_SPANS.get(code)))

