"""A figure the card itself gives as approximate ("about 4 poods", "roughly 300 grams", "около 4 пудов",
"примерно 120 км") is met by a figure within 5% of it, as a fair teacher takes "about 65 kg" or "64 килограмма"
for about 4 poods (65.5 kg): an approximate figure converted into another unit is rounded, and its own rounding
is the answerer's to choose. Only when the card gives no tolerance of its own (an author who wrote one said how
near is near enough), only when the word of approximation stands before the card's first figure ("17,468 (about
17,500)" is exact), and never for an exact figure, a temperature (5% of 20 °C is no measure of nearness), a time
of day, a year or a figure of a logarithmic scale (pH, decibels)."""

from __future__ import annotations

from ..lexicon_compare import APPROXIMATORS
from ..matching import Prepared
from ..packs import Card
from ..quantities import Quantity

__all__ = ["APPROXIMATE_SHARE", "approximate_allowance"]

APPROXIMATE_SHARE = 0.05  # how far from an approximate figure, as a share of it, an answer may be

_NOT_RATIO = frozenset(("temperature", "time"))  # kinds whose figures 5% of says nothing about nearness
_LOGARITHMIC = frozenset(("ph", "db", "дб", "decibels", "децибел", "децибелов", "magnitude", "магнитуды"))


def approximate_allowance(card: Card, ref: Prepared, spec: Quantity) -> float:
    """How far an answer may be from the card's figure because the card says it approximately (0.0 when it does
    not, or when the card gives a tolerance of its own)."""
    number = card.number
    if number is None or number.tolerance or spec.kind in _NOT_RATIO \
            or (number.unit or "").strip().casefold() in _LOGARITHMIC \
            or (spec.kind == "count" and not number.unit and _year_like(number.value)):
        return 0.0
    about = APPROXIMATORS.get(ref.lang.code)
    words = ref.words
    first = next((i for i, w in enumerate(words) if w[:1].isdigit()), None)
    if about is None or not first or words[first - 1] not in about:
        return 0.0
    return abs(number.value) * APPROXIMATE_SHARE


def _year_like(value: float) -> bool:
    """A figure without a unit that reads as a year ("about 1850"): 5% of it is a century."""
    return float(value).is_integer() and 1000 <= value <= 2100
