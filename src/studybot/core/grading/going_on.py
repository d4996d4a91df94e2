"""A name of the pack going on with another word ("Lincoln Memorial", "Society of Arts"): the words after it, found
without a pattern made for each name (making one cost more than grading an answer: issue #11)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["words_going_on"]

_WORD_CHARACTER = re.compile(r"\w")


@lru_cache(maxsize=8)
def _after(joiners: str) -> re.Pattern[str]:
    """What follows the name and its space: maybe a small word that joins a name, then a word."""
    return re.compile(rf"(?:{f'(?:{joiners})' if joiners else '(?!)'} )?([^\W\d_]+)")


def words_going_on(name: str, text: str, joiners: tuple[str, ...]) -> Iterator[str]:
    """The word after each place `name` stands in `text` as a word of its own, with a space after it, maybe after
    one of `joiners` ("of" of "Society of Arts"), in turn: what `(?<!\\w)NAME (?:(?:JOINERS) )?([^\\W\\d_]+)` finds
    (a match begins where the name and a space are, with no word character before them, and the next is searched
    for after its end)."""
    after, key, at = _after("|".join(joiners)), name + " ", 0
    while (start := text.find(key, at)) >= 0:
        m = None if start and _WORD_CHARACTER.match(text, start - 1) else after.match(text, start + len(key))
        if m is None:
            at = start + 1
            continue
        yield m.group(1)
        at = m.end()
