"""A known mistake that is another word of a right wording's stem keeps the two words apart (issue #11): Snowball
stems "tribunal" and "tribune" alike ("tribun"), so a card whose answer is "tribune of the plebs" and whose
`mistakes` name "tribunal" would read the mistake as part of the right answer (and so only explaining), and the
right answer as the mistake. The instructor who lists such a word tells the two apart: the pattern is no part of the
right wording, an answer that says "tribunal of the plebs" is that mistake, and one that says "tribune" is not. Read
of the card's own words alone, in English, where an inflection ("tribunes") is still the same word."""

from __future__ import annotations

from collections.abc import Iterable

from ..matching import Prepared

__all__ = ["merged_said", "merged_words"]

_INFLECTIONS = ("", "s", "es", "ed", "d", "ing", "er", "est", "r", "st")


def _one_word(a: str, b: str) -> bool:
    """Are two English words of one stem forms of one word ("tribune" / "tribunes", "bake" / "baked")?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    for base in (short, short[:-1] if short.endswith("e") else short, short[:-1] + "i" if short.endswith("y") else ""):
        if base and long.startswith(base) and long[len(base):] in _INFLECTIONS:
            return True
    return False


def merged_words(want: Prepared, wordings: Iterable[Prepared]) -> frozenset[str]:
    """The words of right `wordings` that share a stem with a word of the pattern `want` but are another word
    ("tribune" of "tribune of the plebs" for the pattern "tribunal"): an answer saying them says no such pattern."""
    if want.lang.code != "en":
        return frozenset()
    mine = {st: w for st, w in zip(want.stems, want.words, strict=True) if w.isalpha()}
    return frozenset(w for ref in wordings for st, w in zip(ref.stems, ref.words, strict=True)
                     if st in mine and w.isalpha() and not _one_word(w, mine[st]))


def merged_said(merged: frozenset[str], words: Iterable[str]) -> bool:
    """Is one of `words` a form of one of the `merged` words ("tribunes" of "tribune")?"""
    return bool(merged) and any(_one_word(w, m) for w in words for m in merged)
