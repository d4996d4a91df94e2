"""Alternations of many words written so that Python's regular expressions try them fast.

A pattern "km|kg|metre|m|..." of a thousand words is tried word after word at every place it may
match: the engine skips a word whose first character is not the one at hand, but it still visits
every word. `by_first_character` writes the same alternation with the words grouped under their first
character ("k(?:m|g)|m(?:etre|)|..."): the engine visits a group, and the words of the one group whose
character is at hand, in their order. The same words match, and the first that matches is the same.

`longest_first` goes further for the most common order, the longest word first (`sorted(words, key=len,
reverse=True)`: a lexicon's thousands of phrases, each group of one first letter still hundreds): the words as a trie
("k(?:m|g)|m(?:etre)?"), where each character read picks the one branch that goes on with it, so a place is given up
after a letter or two. The same words match, in the same order of preference: the words that match at a place are
all beginnings of the text there, so they lie on one path of the trie, and its optional tails, greedy, give them
back longest first, as the sorted alternation does; what follows the alternation in a pattern (a word boundary, a
lookahead) is tried with each in turn, as before. Not for a pattern compiled with IGNORECASE (two branches could then
begin with the same letter, in its two cases).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["by_first_character", "longest_first"]

_END = ""  # (the key of a word's end in a trie node: no character is the empty string)
_Trie = dict[str, "_Trie"]


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


def longest_first(words: Iterable[str]) -> str:
    """`"|".join(sorted(map(re.escape, words), key=len, reverse=True))` as a trie: the same matches (see the module),
    to be put in a group ("(?:" + it + ")")."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _branches(trie)


def _branches(node: _Trie) -> str:
    """The pattern of a trie node: its branches, each a character and what follows it; optional where a word ends."""
    branches = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch != _END]
    if not branches:
        return ""
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if _END in node else body
    body = branches[0]
    return body if _END not in node else body + "?" if len(body) == 1 else f"(?:{body})?"
