"""Finding an entry of a word list (a phrase of stems: "Secretary of State", "провозгласить независимость")
in a sentence's stems, in order, a longer form of a stem standing for it, or its form without a Russian noun's
fleeting vowel: "Юрьев день" is met by "до Юрьева дня", "Отец народов" by "Отца народов" (Snowball stems "день" as
"ден" and leaves "дня" whole)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["PHRASE_PREFIX", "in_order", "same_stem"]

PHRASE_PREFIX = 5  # stems this long match the stems of an entry they begin (or that begin them)
_CONSONANT = "бвгджзйклмнпрстфхцчшщ"
# the case endings Snowball leaves on a noun of one syllable that drops its vowel ("дня", "льдом")
_CASE_ENDINGS = ("", "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ём", "ей", "ов", "ам", "ям", "ами", "ями", "ах",
                 "ях")
# a stem ending in a consonant, "е" / "о" / "ё" and one more consonant: the vowel a noun drops in its other forms
# ("ден": "дн", "отец": "отц", "лед": "льд", the soft sign kept before the consonant then)
_FLEETING = re.compile(rf"([{_CONSONANT}]|\w*[{_CONSONANT}])[еоё]([{_CONSONANT}])")


def same_stem(a: str, b: str) -> bool:
    """The same stem, or one the longer form of the other ("провозглас" / "провозглаша"), or the other without its
    fleeting vowel ("ден" / "дня")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return (len(short) >= PHRASE_PREFIX and long.startswith(short) and len(long) - len(short) <= 2) or _fleeting(
        a, b) or _fleeting(b, a)


@lru_cache(maxsize=1 << 14)
def _fleeting(full: str, short: str) -> bool:
    """Is `short` the stem `full` is without its fleeting vowel ("дн" of "ден", "льд" of "лед"), or that with a case
    ending, which Snowball leaves on a word of one syllable ("дня", "льда")?"""
    found = _FLEETING.fullmatch(full)
    if found is None:
        return False
    return any(short.removesuffix(ending) in (found.group(1) + found.group(2), found.group(1) + "ь" + found.group(2))
               for ending in _CASE_ENDINGS if short.endswith(ending))


def in_order(entry: tuple[str, ...], seq: list[str], start: int, gap: bool) -> list[int] | None:
    """Positions of `entry`'s stems in `seq` from `start`, in order (with `gap`, at most one
    other word between them; a name has none: "US Assistant Secretary of State" is not "US
    Secretary of State")."""
    positions: list[int] = []
    j = start
    for k, st in enumerate(entry):
        limit = j + 1 if k == 0 or not gap else j + 2
        while j < len(seq) and j < limit and not same_stem(st, seq[j]):
            j += 1
        if j >= len(seq) or j >= limit:
            return None
        positions.append(j)
        j += 1
    return positions
