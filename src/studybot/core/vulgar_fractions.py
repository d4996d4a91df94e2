"""A whole number with a vulgar fraction ("33½ days", "14 ¼ sous", "2¾ mile") as the decimal it is: Unicode's
NFKC spells "½" as "1⁄2", so "33½" would read as the figures 331 and 2. Only fractions with a short exact
decimal are turned (halves, quarters, fifths, eighths); thirds and sixths are left as they were."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["mixed_numbers"]

_EXACT = "½¼¾⅕⅖⅗⅘⅛⅜⅝⅞"
_ANY_EXACT = re.compile(f"[{_EXACT}]")  # (a search: faster than a test of each fraction in turn)
_MIXED = re.compile(rf"(?<![\d.,])(\d+)[ \u00a0\u2009\u202f]?([{_EXACT}])(?![\d{_EXACT}])")


def mixed_numbers(text: str) -> str:
    """`text` with each whole number and exact vulgar fraction written as one decimal ("33½" -> "33.5")."""
    if not _ANY_EXACT.search(text):
        return text
    return _MIXED.sub(lambda m: str(int(m.group(1)) + unicodedata.numeric(m.group(2))), text)
