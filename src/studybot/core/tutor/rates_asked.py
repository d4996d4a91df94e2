"""A figure asked per unit of time ("сколько X добывают за год?", "сколько Y в год теряет Z?"): a passage answers with
a rate, a figure per year, day or hour ("сотни тонн в год", "40 м в сутки", "ежегодно"), not with a figure of another
kind about the same things ("одна тонна — около 7,3 барреля"). When the passage chosen says no rate, the tutor declines
(`rate_unsaid`), as it does for a year the passage does not tell of (`years_asked`). Only a rate the question asks at
its end or before its verb ("за год?", "в год теряют"), not a time named by a noun after it ("в день сражения", "в год
рождения"). A rule of how Russian and English questions and texts say a rate, no word of a text.

English asks it by "how much (many, fast, far, quickly, often) ..." and a unit of time after "a", "an", "per",
"each" or "every" at the question's end ("how fast does the glacier move each year?", "how many ships pass a day?"),
or by "annually", "yearly", "daily" or "a (per, each) year" anywhere in it; not by a span ("in a year", "within a
day", "for a week": how much in that time). A passage says one by the same words ("30 metres a year", "every
spring", "every March", "per hour", "annually", "km/h", "mph"): "the glacier retreated 2 km in 40 years" does not
answer "how fast does it retreat each year?", the span of years is no rate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question

__all__ = ["rate_unsaid"]

_UNITS = r"(?:год|сутки|день|неделю|месяц|час|минуту|секунду)"
# the question asks a figure per unit of time: "сколько ..." with "за год" / "в год" at its end or before its verb
_ASKED = {"ru": re.compile(r"^\W*сколько\b.*\b(?:за|в) " + _UNITS + r"(?:\W*$|\s+\w+(?:ет|ют|ит|ят|ут|ат|л|ла|ло|ли"
                           r"|ется|ются|ится|ятся)\b)|^\W*сколько\b.*\b(?:ежегодно|ежедневно|ежемесячно)\b")}
# a passage says a rate: a figure per unit of time, or a word of one
_SAID = {"ru": re.compile(r"\b(?:в|за) (?:один |одну |1 )?" + _UNITS + r"\b|\b(?:ежегодн|ежедневн|ежемесячн|ежечасн)\w*"
                          r"|\bв (?:среднем )?(?:год|сутки)\b|/(?:год|сут|ч|час|мин|с)\b")}
# English (see the module): the units of time a rate is said per, a question asking one, a passage saying one
_EN_UNITS = r"(?:year|day|month|week|hour|minute|second|decade|century|night|season|summer|winter|spring|autumn)"
_EN_HOW = r"^\W*how (?:much|many|fast|far|quickly|often)\b.*"
_NO_SPAN = r"(?<!\bin )(?<!\bwithin )(?<!\bfor )"  # "in a year": how much in that time, no rate
_EN_DAYS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday"
            r"|tuesday|wednesday|thursday|friday|saturday|sunday)")
_ASKED["en"] = re.compile(_EN_HOW + _NO_SPAN + r"\b(?:each|a|an|per|every) " + _EN_UNITS + r"\W*$|" + _EN_HOW
                          + r"(?:\b(?:annually|yearly|daily)\b|" + _NO_SPAN + r"\b(?:a|per|each) year\b)")
_SAID["en"] = re.compile(r"\b(?:a|an|per|each|every|one) (?:single )?(?:" + _EN_UNITS[3:-1] + "|" + _EN_DAYS[3:-1]
                         + r")s?\b|\bevery \w+ " + _EN_UNITS + r"s\b|/(?:yr|year|day|h|hr|s|min)\b|\bmph\b|\bknots?\b"
                         r"|\b(?:annual|annually|yearly|daily|hourly|weekly|monthly|nightly)\b")


def rate_unsaid(q: Question, text: str, code: str) -> bool:
    """Does a question ask a figure per unit of time that a passage (its `text`) gives no rate of?"""
    asked, said = _ASKED.get(code), _SAID.get(code)
    if asked is None or said is None or not q.wants.numeric or not asked.search(q.text):
        return False
    return not said.search(text.lower().replace("ё", "е"))
