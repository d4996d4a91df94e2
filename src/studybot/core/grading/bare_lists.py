"""A list answer typed as a bare run of words, no separator between them ("роговица хрусталик стекловидное",
"granite oak copper"): each word read as an item, as if commas stood between them, where the run as typed makes too
few points. Only a run of three to eight words of content (no function word, negation or joining word: "not wind",
"warm and wet" are sentences), in an answer with no separator at all; in English none of them a verb's form in
"-ing" or "-ed" ("rising oil prices" is one thing, no "rising" listed). Only the order of words and endings: no word
of a text."""

from __future__ import annotations

import re

from ..matching import Prepared

__all__ = ["words_listed"]

_SEPARATED = re.compile(r"[,;:\n()/+&]|\s[-–—]\s")
_LEAST, _MOST = 3, 8


def words_listed(got: Prepared) -> str | None:
    """The answer's words joined by commas, when it is a bare run of words of content (see the module); else None."""
    if _SEPARATED.search(got.text) or not _LEAST <= len(got.words) <= _MOST \
            or len(got.content()) != len(got.words) \
            or got.lang.code == "en" and any(word.endswith(("ing", "ed")) for word in got.words):
        return None
    return ", ".join(got.words)
