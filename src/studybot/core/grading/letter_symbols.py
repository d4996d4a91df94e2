"""A keypoint's wording that is one capital letter, a symbol ("A" for an ampere, "V" for a volt): the letter is also
a word the grader leaves out (the article "a", the preposition "в"), so the wording has no word to match. It is
made when the answer writes that capital letter as one of its items (after a comma, "and" or the answer's start,
before a comma, "and" or its end), never inside a sentence ("A unit of current ..." opens with the article)."""

from __future__ import annotations

import re

from ..matching import Match, Prepared

__all__ = ["letters_kept", "symbol_alone"]

_JOINS = r"(?:and|or|и|или)"
_END = rf"(?=\s*(?:[,;.)]|$|{_JOINS}\b))"


def symbol_alone(phrase: str, got: Prepared) -> Match | None:
    """The answer's item that is the capital letter a wording is ("kg, m, A" for "A"), or None."""
    letter = phrase.strip()
    if len(letter) != 1 or not letter.isupper() or not letter.isalpha():
        return None
    if re.search(rf"(?:^|[,;(]|\b{_JOINS}\s)\s*{re.escape(letter)}{_END}", got.written) is None:
        return None
    at = next((i for i, w in enumerate(got.words) if w == letter.lower()), None)
    return Match((at,) if at is not None else (), False, letter)


def letters_kept(ref: Prepared, got: Prepared) -> bool:
    """Does the answer say each word of one letter the wording has ("51 Pegasi b", "chlorophyll a", "type O")? A
    letter that names one of several is the answer's point: left out, the answer is no close spelling of it."""
    said = set(got.words)
    return all(ref.words[i] in said for i in ref.content() if len(ref.words[i]) == 1 and ref.words[i].isalpha())
