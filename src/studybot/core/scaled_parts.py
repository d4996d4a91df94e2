"""A figure said in parts of its scale words: "1 миллиард 95 миллионов рублей" is 1,095,000,000 roubles, "2
million 300 thousand" 2,300,000, "$2 million 300 thousand" $2,300,000. The first part is a whole number of the
larger scale, the next a figure of a smaller scale less than one of the first, side by side or joined by
"and"/"и"; a unit said on one part is the whole figure's, and two parts in different units stay two figures."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .quantities import Quantity

__all__ = ["joined_scales"]

_Found = tuple["Quantity", int, int]
# the scale word a quantity is written with, and its size
_SCALE = re.compile(r"\d\s*(thousand|million|billion|trillion|тыс|млн|млрд|трлн|тысяч|миллион|миллиард|триллион)"
                    r"(?![^\W\d_])|\d\s*(тысяч[аиу]?|миллион(?:а|ов)?|миллиард(?:а|ов)?|триллион(?:а|ов)?)(?![^\W\d_])"
                    r"|\d\s*(thousands|millions|billions)\b")
_SIZE = {"thousand": 1e3, "тыс": 1e3, "тысяч": 1e3, "million": 1e6, "млн": 1e6, "миллион": 1e6, "billion": 1e9,
         "млрд": 1e9, "миллиард": 1e9, "trillion": 1e12, "трлн": 1e12, "триллион": 1e12}
_JOIN = re.compile(r"\s*(?:(?:and|и)(?![^\W\d_])\s*)?")


def _scale(q: Quantity) -> float | None:
    m = _SCALE.search(q.text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2) or m.group(3)).rstrip("s")
    return next((size for stem, size in _SIZE.items() if word.startswith(stem)), None)


def joined_scales(text: str, found: list[_Found]) -> list[_Found]:
    """`found` (quantities and where they are written) with the parts of one figure said in scale words
    read as one (see the module's docstring)."""
    out: list[_Found] = []
    for q, start, end in found:
        if out and (joined := _joined(text, out[-1], q, start, end)) is not None:
            out[-1] = (joined, out[-1][1], end)
            continue
        out.append((q, start, end))
    return out


def _joined(text: str, before: _Found, q: Quantity, start: int, end: int) -> Quantity | None:
    first, at, first_end = before
    big, small = _scale(first), _scale(q)
    if big is None or small is None or small >= big or not 0 < q.value < big \
            or _JOIN.fullmatch(text[first_end:start]) is None or first.scale != 1.0 or q.scale != 1.0:
        return None
    whole = first.value / big
    if abs(whole - round(whole)) > 1e-9:
        return None
    written = text[at:end].strip()
    if first.kind == "count" and first.unit is None:  # "1 миллиард 95 миллионов рублей"
        return replace(q, value=first.value + q.value, text=written)
    if q.kind == "count" and q.unit is None or (q.kind, q.unit) == (first.kind, first.unit):  # "$2 million 300k"
        return replace(first, value=first.value + q.value, text=written)
    return None
