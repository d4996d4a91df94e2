"""A name without its case ending: the stem every form of one name shares.

A name drops the longest case ending of its language (`TutorWords.name_endings`: "Горбачёва", "Горбачёвым" ->
"горбачев"). A Russian noun name in "-ий" ("Дмитрий", "Григорий", "Евстафий") keeps its "и" in every other case
("Дмитрия", "Дмитрию", "Дмитрием"), where an adjective in "-ий" ("Великий", "Тихий", "Нижний") drops it ("Великого"):
such a name drops only its "й" (`TutorWords.name_kept`), so "Евстафий" and "Евстафия" are one name, "евстафи". A rule
of Russian declension, no word of a text."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MIN_NAME_STEM", "strip_ending"]

MIN_NAME_STEM = 2  # a name keeps at least this many letters when its case ending is dropped


@lru_cache(maxsize=1 << 16)
def strip_ending(word: str, endings: tuple[str, ...], kept: str = "") -> str:
    """`word` without the first of `endings` it ends in, or only what `kept` (a pattern whose first group is the
    stem) leaves of it when it matches the whole word."""
    if kept and (found := re.fullmatch(kept, word)):
        return found.group(1)
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_NAME_STEM:
            return word[: -len(ending)]
    return word
