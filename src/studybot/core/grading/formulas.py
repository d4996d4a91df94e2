"""A formula typed another way: its powers with a caret ("P^2" for "P²"), its products with spaces, "*" or "·"
between the factors ("P^2 k s", "P2*k*s" for "P²ks"). Read only in a text that is a formula: it has "=" and no
word of three letters or more; the order of the factors and the powers' places still count ("Pk²s" is another
formula)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["formula_key", "same_formula"]

_WORD = re.compile(r"[^\W\d_]{3,}")  # a word: no formula ("Q = heat")
_JOINERS = re.compile(r"[\s^*·×⋅]+")  # what stands between a formula's factors and before its powers


def formula_key(text: str) -> str:
    """A formula without what joins its factors, its powers as plain digits ("q=i2rt"); "" for a text that is
    no formula."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if "=" not in folded or _WORD.search(folded):
        return ""
    return _JOINERS.sub("", folded)


def same_formula(answer: str, wording: str) -> bool:
    """Is an answer a wording's formula, typed another way?"""
    key = formula_key(wording)
    return bool(key) and formula_key(answer) == key
