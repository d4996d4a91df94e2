"""The time a rate is counted over: "2,000 eggs a day" is not "2,000 a week", "в сутки" is not "в год". A rule of
the language: a figure said per a unit of time ("a day", "per week", "every hour", "daily", "в день", "за сутки",
"ежегодно") counts over that unit; another unit is another rate, whatever the figure."""

from __future__ import annotations

import re
from dataclasses import replace

from ..quantities import Quantity
from ..unit_tables import TIME_WORDS

__all__ = ["other_period", "other_unit", "over_own_period", "per_units", "periods"]

_UNITS = {  # the forms a unit of time takes after "a", "per", "в", "за", as one name
    "second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour", "day": "day",
    "week": "week", "month": "month",
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


def over_own_period(q: Quantity, spec: Quantity, theirs: frozenset[str]) -> Quantity:
    """A length said per the very time the card counts its figure over, read as that length: "less than 400 mm a
    year" for "How much rain falls a year?" is 400 mm, "меньше 250 мм в год" for "Сколько осадков выпадает за
    год?" is 250 mm (the card's own `periods`, of its answer and prompt, are one, and the answer's are the same).
    Over another time ("в месяц" for "за год") the rate stays a rate, which no length is."""
    if q.kind != "speed" or spec.kind != "length" or len(theirs) != 1 or periods(q.text) != theirs:
        return q
    seconds = TIME_WORDS.get(next(iter(theirs)))
    return q if seconds is None else replace(q, value=q.value * seconds, kind="length")


_MEASURES = {  # the forms a unit of measure takes after "a", "per", "each", "за", "/", as one name
    "ounce": "ounce", "oz": "ounce", "gram": "gram", "gramme": "gram", "g": "gram", "kilogram": "kilogram",
    "kilogramme": "kilogram", "kilo": "kilogram", "kg": "kilogram", "tonne": "tonne", "ton": "tonne", "t": "tonne",
    "pound": "pound", "lb": "pound", "litre": "litre", "liter": "litre", "l": "litre", "gallon": "gallon",
    "barrel": "barrel", "bbl": "barrel", "metre": "metre", "meter": "metre", "m": "metre", "kilometre": "kilometre",
    "kilometer": "kilometre", "km": "kilometre", "mile": "mile", "acre": "acre", "hectare": "hectare", "ha": "hectare",
    "унцию": "ounce", "унция": "ounce", "грамм": "gram", "г": "gram", "килограмм": "kilogram", "кг": "kilogram",
    "тонну": "tonne", "тонна": "tonne", "т": "tonne", "литр": "litre", "л": "litre", "баррель": "barrel",
    "метр": "metre", "м": "metre", "километр": "kilometre", "км": "kilometre", "гектар": "hectare", "га": "hectare",
}
_WORDED = "|".join(sorted((k for k in _MEASURES if len(k) > 2 or k in ("oz", "kg", "lb", "кг", "км", "га")),
                          key=len, reverse=True))
_SLASHED_MEASURE = "|".join(sorted(_MEASURES, key=len, reverse=True))
_PER_UNIT = re.compile(rf"\b(?:a|an|per|each|за)\s+(?:(?:troy|metric|fine|one)\s+)?({_WORDED})\b"
                       rf"|/\s*({_SLASHED_MEASURE})(?![^\W\d_])")

_AFTER_FIGURE = re.compile(r"\d\S*(?:\s+[^\W\d_]+\.?)?\s*$")  # "35 dollars ", "$35 ", "35$ ", "100 руб. "


def per_units(text: str) -> set[str]:
    """The units of measure a normalised text gives a figure per ("35 dollars an ounce", "$35/oz", "за тонну"):
    said right after a figure and its unit ("a kilometre away" alone is no rate)."""
    return {_MEASURES[m.group(1) or m.group(2)] for m in _PER_UNIT.finditer(text)
            if m.group(2) or _AFTER_FIGURE.search(text, 0, m.start())}


def other_unit(theirs: frozenset[str], answer: str) -> str | None:
    """The one unit of measure the card's own wordings give its figure per (`per_units` of its answer and
    prompt), when the answer gives it per another one only ("per gram" for "an ounce"); else None."""
    if len(theirs) != 1:
        return None
    mine = per_units(answer)
    return next(iter(theirs)) if mine and theirs.isdisjoint(mine) else None
