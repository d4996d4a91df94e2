"""A span of time written without a figure: "more than a year", "over a century", "about a week", "within a day",
"больше суток", "более года", "почти неделю", "около месяца". A word of degree or nearness before one unit of time
(in English with "a", "an" or "one") says how long a thing lasted, as "14 months" does, so the passage meets "how
long", "как долго", "сколько времени". A unit alone dates or repeats ("a year later", "every year", "в том году",
"за год"), and is no such span.

Its bounds say how long too, in English: a thing that "lasted from 10 July to 31 October 1940", "ruled from 1462 to
1505", "led it until 1951" or "kept working into the 2030s" is told for that long (`BOUNDS`): a verb of lasting or
holding from one date to another, up to a year ("until", not "not until 1951", which dates), or a verb of lasting
into one; so is a verb of lasting up to a season or a month ("stayed brown until summer"; not "worked for many
years", which "how long was the cable?" would take for a length). A date alone ("founded in 1754", "open until 6
pm") is no span, nor a post held from one date to another ("was minister from 1947 to 1949": the span of the post,
not of the thing a question asks about)."""

from __future__ import annotations

import re

__all__ = ["BOUNDS", "says_span"]

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


_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_EN_DATE = rf"(?:(?:\d{{1,2}}\s+)?(?:{_EN_MONTHS})(?:\s+\d{{1,2}})?,?(?:\s+(?:1\d|20)\d\d)?|(?:1\d|20)\d\d)"
_EN_YEAR = r"(?:1\d|20)\d\d(?!\d)"
_EN_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTHS})|(?:{_EN_MONTHS})\s+\d{{1,2}}(?!\d))"  # "5 May"
_EN_LASTING = (r"lasted|lasts|last|lasting|ran|runs|run|continued|continues|went\s+on|raged|rages|reigned|reigns|"
               r"ruled|rules|served|serves|stayed|stays|remained|remains|lived|lives|worked|works|operated|existed")
_NO_UNIT = r"(?!\s+(?!(?:and|but|or|as|when|while|in|at|on|under|before|after|with|the|he|she|it|they|we)\b)[a-z])"
# ... not a figure of something else: "from 1500 to 2000 guilders"
BOUNDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"\b(?:{_EN_LASTING})\s+(?:[\w'-]+,?\s+){{0,4}}?from\s+(?:about\s+|around\s+)?{_EN_DATE}\s+"
                     rf"(?:to|until|till)\s+(?:about\s+|around\s+)?{_EN_DATE}(?!\w){_NO_UNIT}"  # "lasted from 10 July
                     # to 31 October 1940", "reigned over X from 1462 to 1505"; not "was minister from 1947 to 1949"
                     # (a span of its own, no length of the thing asked about)
                     rf"|(?<!\bnot\s)(?<!\bonly\s)\b(?:until|till)\s+(?:about\s+|around\s+)?(?:the\s+)?(?:\d{{1,2}}\s+)?"
                     rf"(?:(?:{_EN_MONTHS})\s+)?(?:{_EN_YEAR}|(?:1\d|20)\d0s)"  # "led it until 1951" (not "not until")
                     rf"|\b{_EN_DAY}\b[^.;]{{0,80}}?(?<!\bnot\s)(?<!\bonly\s)\b(?:until|till)\s+(?:the\s+)?{_EN_DAY}\b"
                     # "settled on 5 December and did not lift until 9 December": from one day to another
                     rf"|\b(?:{_EN_LASTING})\s+(?:[\w'-]+\s+){{0,2}}?(?:until|till)\s+(?:the\s+)?(?:next\s+|following\s+|"
                     rf"early\s+|late\s+)?(?:spring|summer|autumn|fall|winter|{_EN_MONTHS})\b"  # "stayed until summer"
                     rf"|\b(?:lasted|lasts|last|lasting|survived|survives|endured|endures|continued|continues|"
                     rf"went\s+on|goes\s+on|working|work|works|operating|operate|in\s+service)\s+(?:\w+ly\s+)?(?:well\s+)?"
                     rf"into\s+(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?:{_EN_YEAR}|(?:1\d|20)\d0s)",
                     re.IGNORECASE),  # "survived into the 1990s", "keep working into the 2030s"
}


def says_span(text: str, code: str) -> bool:
    """Does a sentence give a span of time without a figure ("took more than a year", "больше суток"), or by its
    bounds ("lasted from 10 July to 31 October 1940", "lasted until 1754", "on 5 May ... until 9 May")?"""
    return any(pattern is not None and pattern.search(text) is not None
               for pattern in (SPANS.get(code), BOUNDS.get(code)))
