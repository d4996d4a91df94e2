"""A designation of letters and a number written glued ("Ту104", "Р7", "№94", "B52") where the card writes it
with a hyphen or a space ("Ту-104", "Р-7", "№ 94", "B-52"): one designation however it is written, read as the
card writes it. Tried only on an answer found wrong, and only for a designation one of the card's own texts
(wordings, options, blanks, known mistakes) names with those letters and that number: a glued "Ту144" becomes
the card's "Ту-144" (a wrong option stays wrong), and a chemical formula ("CO2", "H2O") that the card writes
glued is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["designations_apart"]

# letters (at most four: a model's or a series' mark, not a word) or "№", then digits, glued
_GLUED = re.compile(r"(?<![\w№])([^\W\d_]{1,4}|№)(\d+)(?![\w.,]\d|\w)")


def _key(letters: str, digits: str) -> tuple[str, str]:
    return letters.casefold().replace("ё", "е"), digits


def _apart(texts: Iterable[str]) -> dict[tuple[str, str], str]:
    """The designations the card's texts write apart ("Ту-104", "№ 94"), by (letters, digits), as written."""
    found: dict[tuple[str, str], str] = {}
    for text in texts:
        for m in re.finditer(r"(?<![\w№])([^\W\d_]{1,4}|№)(?:\s?-\s?|\s)(\d+)(?![\w.,]\d|\w)", text):
            found.setdefault(_key(m.group(1), m.group(2)), m.group(0))
    return found


def designations_apart(answer: str, texts: Iterable[str]) -> str | None:
    """The answer with each glued designation written as the card's texts write it apart, or None (no glued
    designation the card writes apart)."""
    if not any(map(str.isdigit, answer)):  # (map: no generator step per letter)
        return None
    glued = list(_GLUED.finditer(answer))
    if not glued:
        return None
    apart = _apart(texts)
    if not apart:
        return None
    out, last, changed = [], 0, False
    for m in glued:
        written = apart.get(_key(m.group(1), m.group(2)))
        if written is not None:
            out.append(answer[last:m.start()] + written)
            last, changed = m.end(), True
    return "".join(out) + answer[last:] if changed else None
