"""A measure the card states, given at another scale: the same digits with the decimal point moved or another unit
("4 Hz" for "0.4 Hz", "15 km" for "15 metres"). An explain or list card's points often leave a figure out that its
answer gives ("the pitch falls, by about 0.4 Hz a degree"); an answer that makes the points but gives that measure
ten, a hundred or a thousand times over (or under) states a wrong figure, however right its words. Only measures
(lengths, speeds, masses, ...: no counts, years, times of day, durations, money or shares), only a figure none of the
card's texts gives, and only one a power of ten from a figure of the same kind there. No word of any text."""

from __future__ import annotations

import math

from ..matching import Prepared
from ..quantities import Quantity
from .figures import same_quantity

__all__ = ["measures", "scale_slip"]

_NOT_MEASURES = frozenset(("count", "time", "duration", "money", "percent", "factor", "level"))


def measures(text: Prepared) -> list[Quantity]:
    """The measures a text gives (no counts, years, durations, money or shares)."""
    return [q for q in text.quantities if q.kind not in _NOT_MEASURES and q.share is None and q.ratio is None
            and q.change is None and q.value > 0]


def _scaled(a: float, b: float) -> bool:
    """Are two values the same digits at another scale (10, 100, 1000 ... times apart)?"""
    power = math.log10(a / b)
    return abs(power - round(power)) < 1e-9 and round(power) != 0


def scale_slip(got: Prepared, stated: list[Quantity]) -> str | None:
    """The answer's measure that is one of the card's `stated` measures at another scale, as the answer writes it,
    or None. (Only an answer with a digit is read: a measure is written so.)"""
    if not stated or not any(c.isdigit() for c in got.text):
        return None
    for have in measures(got):
        if any(same_quantity(want, have) for want in stated):
            continue
        if any(want.kind == have.kind and _scaled(want.value, have.value) for want in stated):
            return have.text
    return None
