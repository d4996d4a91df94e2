"""A known mistake that is a name, said in the answer only as the first words of a longer name the pack names (issue
#11): with the mistake "Lowell" on a card asking who discovered a planet, "Tombaugh at Lowell Observatory" names the
observatory, a thing named after the wrong person, not that person. The longer name is one of the pack's: an alias's
name, or a run of capitalised words of its notes ("Lowell Observatory"); the name going on after the pattern makes
it another (a given name before it, "Percival Lowell", is still the same person). Said apart besides ("Lowell
Observatory, as Lowell had hoped"), the name is still said. Names of the pack only, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import groupby

from ..aliases import Aliases
from ..matching import Prepared
from ..text import normalise

__all__ = ["capital_runs", "named_after"]

_RUN = re.compile(r"\b[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)+")
_LONGEST = 4  # words a longer name may go on after the pattern


def capital_runs(texts: tuple[str, ...]) -> frozenset[str]:
    """The runs of two or more capitalised words of the notes, normalised ("marrow observatory")."""
    runs = set()
    for text in texts:
        for found in _RUN.finditer(text):
            for capital, group in groupby(found.group().split(), key=lambda word: word[:1].isupper()):
                names = list(group)
                if capital and len(names) >= 2:
                    runs.add(normalise(" ".join(names)))
    return frozenset(runs)


def named_after(pattern: Prepared, got: Prepared, runs: Collection[str], aliases: Aliases) -> bool:
    """Does the answer say the pattern's words (a name: each capitalised as written) only as the first words of a
    longer name of the pack: one of `runs` (`capital_runs` of its notes) or a name of its `aliases` the answer says?"""
    want = pattern.words
    if not want or not all(w[:1].isupper() for w in pattern.written.split() if w[:1].isalpha()):
        return False
    words, n = got.words, len(want)
    spans = [i for i in range(len(words) - n + 1) if words[i:i + n] == want]
    if not spans:
        return False
    longer = {*runs, *aliases.names(words)}
    return all(any(" ".join(words[i:i + n + k]) in longer for k in range(1, _LONGEST + 1) if i + n + k <= len(words))
               for i in spans)
