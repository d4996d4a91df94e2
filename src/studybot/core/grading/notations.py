"""Figures written another usual way, which the quantity reader does not take as the figure: digits said one by one
("four four three": 443), a dot between thousands ("65.535": 65535), a magnitude glued to its symbol ("M5.1").
Notation only, no word of a text."""

from __future__ import annotations

import re
from dataclasses import replace

from ..matching import Prepared
from ..quantities import Quantity

__all__ = ["magnitude_figure", "read_otherwise"]

_DOT_THOUSANDS = re.compile(r"(?!0\.)\d{1,3}(?:\.\d{3})+")  # (no thousands after a leading 0: "0.015" is a decimal)
# a magnitude written as one word with its symbol: "M5.1", "Mw6.8", "ML4.2" (a figure glued to the letters)
_MAGNITUDE = re.compile(r"(?<![^\W\d_])m[wlsb]?(?=\d)")


def read_otherwise(got: Prepared) -> Quantity | None:
    """A figure written another usual way: digits said one by one ("four four three": 443), or a dot between
    thousands ("65.535": 65535; "10.000 guilders": 10000 guilders, not with a magnitude)."""
    if len(got.words) >= 2 and all(len(w) == 1 and w.isdigit() for w in got.words) \
            and len(got.quantities) == len(got.words):
        return Quantity(float("".join(got.words)), "count")
    if len(got.quantities) != 1 or not (m := _DOT_THOUSANDS.match((q := got.quantities[0]).text)) \
            or q.text[m.end():m.end() + 1].isdigit() or not float(m.group()) \
            or abs(q.value / q.scale - float(m.group())) > 1e-9 * abs(q.value):
        return None  # (one figure, in its unit and with no magnitude: "2.500 thousand" is 2.5 thousand)
    return replace(q, value=q.value * float(m.group().replace(".", "")) / float(m.group()))


def magnitude_figure(text: str) -> str | None:
    """A magnitude written with its symbol as one word, the figure set apart ("m5.1" -> "magnitude 5.1"); None for a
    text without one. For a card of a bare number only: elsewhere "m5" may be anything."""
    read = _MAGNITUDE.sub("magnitude ", text)
    return read if read != text else None
