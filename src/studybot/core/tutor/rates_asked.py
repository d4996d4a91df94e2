"""A figure asked per unit of time ("сколько X добывают за год?", "сколько Y в год теряет Z?"): a passage answers with
a rate, a figure per year, day or hour ("сотни тонн в год", "40 м в сутки", "ежегодно"), not with a figure of another
kind about the same things ("одна тонна — около 7,3 барреля"). When the passage chosen says no rate, the tutor declines
(`rate_unsaid`), as it does for a year the passage does not tell of (`years_asked`). Only a rate the question asks at
its end or before its verb ("за год?", "в год теряют"), not a time named by a noun after it ("в день сражения", "в год
рождения"). Russian only: a rule of how its questions and texts say a rate, no word of a text."""

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


def rate_unsaid(q: Question, text: str, code: str) -> bool:
    """Does a question ask a figure per unit of time that a passage (its `text`) gives no rate of?"""
    asked, said = _ASKED.get(code), _SAID.get(code)
    if asked is None or said is None or not q.wants.numeric or not asked.search(q.text):
        return False
    return not said.search(text.lower().replace("ё", "е"))
