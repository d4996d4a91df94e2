"""A span of time written without a figure: "more than a year", "over a century", "about a week", "within a
day", "больше суток", "более года", "почти неделю", "около месяца". A word of degree or nearness before one unit
of time (in English with "a", "an" or "one") says how long a thing lasted, as "14 months" does, so the passage
meets "how long", "как долго", "сколько времени". A unit alone dates or repeats ("a year later", "every year",
"в том году", "за год"), and is no such span."""

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


def says_span(text: str, code: str) -> bool:
    """Does a sentence give a span of time without a figure ("took more than a year", "больше суток")?"""
    pattern = SPANS.get(code)
    return pattern is not None and pattern.search(text) is not None
