"""A name said only as one item of a list of names ("It runs through Arden, the Vale, Corrin and Tallow."): the sentence
is about the whole the list makes up, and the sentence after it that goes on ("Here lie most of the mills.", "Здесь
...") speaks of that whole, not of any one item. So such a name is not carried to the sentence after it (`given`,
`referring`). Rules of how lists are written (commas and a last "and"), in any language; no word of any text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import Words

__all__ = ["LIST_ITEMS", "listed_only"]

LIST_ITEMS = 3  # names in a list at least
_ITEM = r"(?:[^\W\d_A-ZА-ЯЁ]+\s+)?[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)*"  # "Central America", "Новую Зеландию"
_JOIN = r"(?:,\s+|\s+(?:and|и|или|or)\s+)"
_LIST = re.compile(rf"(?<![\w-]){_ITEM}(?:{_JOIN}{_ITEM}){{{LIST_ITEMS - 1},}}")
_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=1 << 12)
def _lists(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _LIST.finditer(text) if len(re.findall(_JOIN, m.group())) >= LIST_ITEMS - 1)


def listed_only(text: str, keys: frozenset[str], words: Words) -> bool:
    """Does a sentence say a name (its `keys`) only inside a list of `LIST_ITEMS` names or more?"""
    spans = _lists(text)
    if not spans:
        return False
    said = [m.start() for m in _WORD.finditer(text)
            if {words.stem(m.group().lower()), words.name_stem(m.group())} & keys]
    return bool(said) and all(any(a <= at < b for a, b in spans) for at in said)
