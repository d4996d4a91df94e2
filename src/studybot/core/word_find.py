"""Finding a wanted word among the content words of a prepared text (see `matching.Prepared.find_word`):
the same stem or a synonym, a typo, a relational adjective of its noun, or a word written closed that the
text writes open.

A word is compared only with the text's words that may match it: one that starts as it does (its stem or
its word), one of about its length when it is long (a typo may change its first letter), or one that shares
a synonym group with it. `WordIndex` lists a text's content words by those marks once, so that a wanted word
is compared with those words alone, in the text's order, rather than visiting every word in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["WordIndex", "find_word_in"]

_LONG = 8  # a stem or word of this many letters may be misspelt in its first letter


class WordIndex:
    """A text's content positions by the first letter of their stem and of their word; by the length of their
    stem and of their word, and those whose stem has synonym groups, when a wanted word first needs them."""

    def __init__(self, p: Prepared):
        self.p = p
        self.by_stem: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        for j in p.content():
            self.by_stem.setdefault(p.stems[j][:1], []).append(j)
            self.by_word.setdefault(p.words[j][:1], []).append(j)
        self._sizes: tuple[dict[int, list[int]], dict[int, list[int]]] | None = None
        self._grouped: list[int] | None = None

    def candidates(self, want_stem: str, want_word: str, groups: frozenset[int]) -> list[int]:
        """The content positions a wanted word may match (see the module's docstring), in the text's order."""
        by_stem, by_word = self.by_stem.get(want_stem[:1], []), self.by_word.get(want_word[:1], [])
        long_stem, long_word = len(want_stem) >= _LONG, len(want_word) >= _LONG
        if not (long_stem or long_word or groups) and (by_stem == by_word or not by_word):
            return by_stem  # (a word's stem starts as the word does, but for a few irregular forms)
        found = {*by_stem, *by_word}
        if long_stem or long_word:
            stem_sizes, word_sizes = self.sizes()
            for size, sizes, long in ((len(want_stem), stem_sizes, long_stem), (len(want_word), word_sizes, long_word)):
                for near in range(size - 2, size + 3) if long else ():
                    found.update(sizes.get(near, ()))
        if groups:
            found.update(j for j in self.grouped() if groups & self.p.lang.group(self.p.stems[j]))
        return sorted(found)

    def sizes(self) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """The content positions by the length of their stem, and of their word."""
        if self._sizes is None:
            self._sizes = ({}, {})
            for j in self.p.content():
                self._sizes[0].setdefault(len(self.p.stems[j]), []).append(j)
                self._sizes[1].setdefault(len(self.p.words[j]), []).append(j)
        return self._sizes

    def grouped(self) -> list[int]:
        """The content positions whose stem has synonym groups."""
        if self._grouped is None:
            self._grouped = [j for j in self.p.content() if self.p.lang.group(self.p.stems[j])]
        return self._grouped


def _may_match(p: Prepared, j: int, want_stem: str, want_word: str, groups: frozenset[int]) -> bool:
    """Is the word at j one that `candidates` lists (asked of the positions of a pool, in its own order)?"""
    have, word = p.stems[j], p.words[j]
    return have[:1] == want_stem[:1] or word[:1] == want_word[:1] \
        or (len(want_stem) >= _LONG and -2 <= len(have) - len(want_stem) <= 2) \
        or (len(want_word) >= _LONG and -2 <= len(word) - len(want_word) <= 2) \
        or bool(groups and groups & p.lang.group(have))


def find_word_in(p: Prepared, want_stem: str, want_word: str, pool: tuple[int, ...] | None,
                 exact: bool) -> tuple[int, int]:
    """(0 same or synonym / 1 typo / -1 none, position) of the first content word of `p` (or of `pool`)
    matching the wanted word; with `exact`, only the same word."""
    stems, words, lang = p.stems, p.words, p.lang
    if exact:
        return next(((0, j) for j in (p.content() if pool is None else pool) if words[j] == want_word), (-1, -1))
    groups = lang.group(want_stem)
    places: Sequence[int]
    if pool is None:
        places = p.word_index().candidates(want_stem, want_word, groups)
    else:
        places = [j for j in pool if _may_match(p, j, want_stem, want_word, groups)]
    best, hit = -1, -1
    for j in places:
        have, word = stems[j], words[j]
        m = lang.word_match(want_stem, have)
        if m == 0 and lang.distinct_forms(want_word, word):
            continue
        if m < 0 and lang.word_match(want_word, word) >= 0:
            m = 1  # a typo that changed the stem: "lobbist", "heaings"
        if m < 0 and lang.related(want_word, word):
            m = 0  # a relational adjective and its noun: "coastal" / "coast", "речной" / "реке"
        if m == 0:
            return 0, j
        if m == 1 and best < 0:
            best, hit = 1, j
    if best < 0 and len(want_word) >= 6:
        return _compound(p, want_word, pool)
    return best, hit


def _compound(p: Prepared, want: str, pool: tuple[int, ...] | None) -> tuple[int, int]:
    """A word written closed that the text writes open ("undersecretary" / "under secretary",
    "stepmother" / "step mother"): (0, the position of its content half) or (-1, -1)."""
    j = p.joined().get(want, -1)
    if j >= 0:
        for k in (j + 1, j):
            if k in (p.content() if pool is None else pool):
                return 0, k
    return -1, -1
