"""The time a rate is counted over: "2,000 eggs a day" is not "2,000 a week", "в сутки" is not "в год". A rule of
the language: a figure said per a unit of time ("a day", "per week", "every hour", "daily", "в день", "за сутки",
"ежегодно") counts over that unit; another unit is another rate, whatever the figure."""

from __future__ import annotations

import re

__all__ = ["other_period"]

_UNITS = {  # the forms a unit of time takes after "a", "per", "в", "за", as one name
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "century": "century",
    "секунду": "second", "минуту": "minute", "час": "hour", "день": "day", "сутки": "day", "неделю": "week",
    "месяц": "month", "год": "year", "десятилетие": "decade", "век": "century", "столетие": "century",
}
_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
            "annually": "year", "ежечасно": "hour", "ежедневно": "day", "ежесуточно": "day",
            "еженедельно": "week", "ежемесячно": "month", "ежегодно": "year"}
_PERIOD = re.compile(r"\b(?:(?:a|an|per|every|each|в|за)\s+(" + "|".join(_UNITS) + r")|(" + "|".join(_ADVERBS)
                     + r"))\b|/\s*(day|week|month|year|hour|сут|день|год|час)\b")
_SLASHED = {"сут": "day", "день": "day", "год": "year", "час": "hour"}


def periods(text: str) -> set[str]:
    """The units of time a normalised text counts rates over."""
    out: set[str] = set()
    for m in _PERIOD.finditer(text):
        unit, adverb, slashed = m.groups()
        out.add(_UNITS[unit] if unit else _ADVERBS[adverb] if adverb else _SLASHED.get(slashed, slashed))
    return out


def other_period(theirs: frozenset[str], answer: str) -> str | None:
    """The one unit of time the card's own wordings count its figure over (`theirs`: the `periods` of its answer
    and prompt), when the answer counts over another one only ("a week" for "a day"); else None."""
    if len(theirs) != 1:
        return None
    mine = periods(answer)
    if len(theirs) == 1 and mine and theirs.isdisjoint(mine):
        return next(iter(theirs))
    return None
