"""A whole number with a vulgar fraction ("33½ days", "14 ¼ sous", "2¾ mile") as the decimal it is: Unicode's
NFKC spells "½" as "1⁄2", so "33½" would read as the figures 331 and 2. Only fractions with a short exact
decimal are turned (halves, quarters, fifths, eighths); thirds and sixths are left as they were. So is a whole
number with such a fraction typed with a slash ("13 1/2", "2 3/4 miles"): not a date ("12 1/2/2020"), not a
fraction that is no proper one ("3 5/4") and not after a figure of four digits (a year: "1945 1/2 ...")."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["mixed_numbers", "typed_mixed_numbers"]

_EXACT = "½¼¾⅕⅖⅗⅘⅛⅜⅝⅞"
_ANY_EXACT = re.compile(f"[{_EXACT}]")  # (a search: faster than a test of each fraction in turn)
_MIXED = re.compile(rf"(?<![\d.,])(\d+)[ \u00a0\u2009\u202f]?([{_EXACT}])(?![\d{_EXACT}])")


def mixed_numbers(text: str) -> str:
    """`text` with each whole number and exact vulgar fraction written as one decimal ("33½" -> "33.5")."""
    if not _ANY_EXACT.search(text):
        return text
    return _MIXED.sub(lambda m: str(int(m.group(1)) + unicodedata.numeric(m.group(2))), text)


_TYPED = re.compile(r"(?<![\d.,/])(\d{1,3}) ([1-7])/([2458])(?![\d/.,]\d|[\d/])")


def _typed(m: re.Match[str]) -> str:
    top, bottom = int(m.group(2)), int(m.group(3))
    return m.group() if top >= bottom else str(int(m.group(1)) + top / bottom)


def typed_mixed_numbers(text: str) -> str:
    """`text` with each whole number and exact fraction typed with a slash as one decimal ("13 1/2" -> "13.5")."""
    return _TYPED.sub(_typed, text) if "/" in text else text
