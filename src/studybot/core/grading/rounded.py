"""A keypoint's figure with a decimal part said rounded, with a word of approximation before it (issue #11): "about
84 kg", "около 84 кг" make "83.6 kg"; "roughly 2.2 m" makes "2.17 m". The hedge says the learner rounds, and the
rounding is right when the wording's figure, rounded to the places the learner wrote (half up), is the learner's
figure, in the same unit as written. Only a rounding of the decimal part: no figure is rounded past its whole unit
("about 80 kg" for 83.6 kg), and a rounded figure without a hedge stays a figure given as exact (and wrong). Rules
of writing figures, not of a text; the hedges are `lexicon_compare.APPROXIMATORS`.

A time of day hedged the same way, in the wording or in the answer ("около 7:14 утра", "about a quarter past seven"),
is met by a time at most `NEAR_MINUTES` from it ("около четверти восьмого" for "около 7 часов 14 минут"): a hedged
time is a time rounded to the clock's usual steps. A time that is further off, or that nobody hedges, stays wrong."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ..lexicon_compare import APPROXIMATORS
from ..matching import Prepared
from ..quantities import Quantity

__all__ = ["NEAR_MINUTES", "clock_text", "near_time", "rounded_as_said", "time_alone"]

_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
NEAR_MINUTES = 5.0  # how far a hedged time may be from the other (a clock read to its five-minute marks)
_HEDGED_TIME = re.compile(r"(?:^|\s)(\w+)\s+(?:(?:в|at|in)\s+)?(\d{1,2}(?::\d\d)?)(?=\s|$|[,;.!?)])")


def _written(q: Quantity) -> str | None:
    """The figure of a quantity as written ("83.6" of "83,6 кг"), or None."""
    found = _FIGURE.search(q.text)
    return found.group().replace(",", ".") if found else None


def _places(figure: str) -> int:
    return len(figure.partition(".")[2])


def rounded_as_said(want: Quantity, have: Quantity, got: Prepared) -> bool:
    """Is `have` (of the answer `got`) the figure `want` rounded to fewer decimal places, with a hedge before it?"""
    mine, theirs = _written(want), _written(have)
    if mine is None or theirs is None or want.kind != have.kind or want.unit != have.unit \
            or abs(want.scale - have.scale) > 1e-12 * max(want.scale, have.scale) or have.share is not None \
            or want.share is not None or want.ratio is not None or have.ratio is not None:
        return False
    places = _places(theirs)
    if places >= _places(mine):
        return False
    rounded = Decimal(mine).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return rounded == Decimal(theirs) and _hedged(theirs, got)


def _hedged(figure: str, got: Prepared) -> bool:
    """Does a hedge ("about", "около") stand before the figure in the answer, or one function word before it?"""
    hedges = APPROXIMATORS.get(got.lang.code)
    if not hedges:
        return False
    words, stop = got.words, got.lang.lex.stop
    for i, word in enumerate(words):
        if word == figure:
            before = words[max(0, i - 2):i]  # ("about 84", "nearly a 100"; "about" is a function word too)
            if before and (before[-1] in hedges or len(before) == 2 and before[-1] in stop and before[0] in hedges):
                return True
    return False


def near_time(want: Quantity, have: Quantity, ref: Prepared, got: Prepared) -> bool:
    """Are two times of day at most `NEAR_MINUTES` apart on the clock, one of them hedged where it is written? (A bare
    "9:42" beside a time is one too: `Quantity.clock`.)"""
    mine, theirs = _minutes(want), _minutes(have)
    if mine is None or theirs is None or "time" not in (want.kind, have.kind):
        return False
    period = 720.0 if "24h" not in (want.unit, have.unit) or want.unit != have.unit else 1440.0
    gap = abs(mine - theirs) % period
    return 0 < min(gap, period - gap) <= NEAR_MINUTES and (_time_hedged(mine, ref) or _time_hedged(theirs, got))


def _minutes(q: Quantity) -> float | None:
    return q.value if q.kind == "time" else q.clock


def _time_hedged(minutes: float, text: Prepared) -> bool:
    hedges = APPROXIMATORS.get(text.lang.code, frozenset())
    for m in _HEDGED_TIME.finditer(text.text):
        hour, _, minute = m.group(2).partition(":")
        if m.group(1) in hedges and (int(hour) * 60 + int(minute or 0) - minutes) % 720 == 0:
            return True
    return False


def time_alone(ref: Prepared) -> list[Quantity]:
    """The time of day a wording is, when it is one time and only function words besides ("at 5:30 pm",
    "в полдень"); a bare "1:48" may be a ratio, so it is not one."""
    if len(ref.quantities) != 1 or ref.quantities[0].kind != "time":
        return []
    return list(ref.quantities) if all(w in ref.lang.lex.stop or w.isdigit() for w in ref.words) else []


def clock_text(q: Quantity) -> str:
    """A time as the answer gives it ("17:30", "5:30" of a bare "5:30", "5.30")."""
    return f"{int(q.clock) // 60}:{int(q.clock) % 60:02d}" if q.clock is not None else q.text
