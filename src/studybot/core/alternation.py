"""Alternations of many words written so that Python's regular expressions try them fast.

A pattern "km|kg|metre|m|..." of a thousand words is tried word after word at every place it may
match: the engine skips a word whose first character is not the one at hand, but it still visits
every word. `by_first_character` writes the same alternation with the words grouped under their first
character ("k(?:m|g)|m(?:etre|)|..."): the engine visits a group, and the words of the one group whose
character is at hand, in their order. The same words match, and the first that matches is the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["by_first_character"]


def by_first_character(words: Iterable[str], end: Callable[[str], str] = lambda word: "") -> str:
    """`"|".join(re.escape(w) + end(w) for w in words)`, each word's pattern grouped under its first
    character, in the order given (so the first word that matches is the same). No word may be empty."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("an empty word matches everywhere: it cannot be grouped")
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + end(word))
    return "|".join(re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
                    for first, rests in groups.items())
