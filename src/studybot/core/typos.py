"""Which misspellings are typos: a slip of the finger or of the ear, not another word.

A word one letter away from another is a typo of it when the letter was left out, added or swapped with its
neighbour, or when one letter stands for another that a learner could have hit or heard instead: a key next
to it on the keyboard of its script (QWERTY for Latin letters, ЙЦУКЕН for Cyrillic), or a letter that sounds
alike (any two vowels; c, s, z and k; v and w; voiced and voiceless pairs such as d/t, б/п, з/с). "laser" is no
typo of "layer" (s and y are far apart and sound nothing alike), nor "prime" of "prize", "bread" of "break",
"снова" of "слова", "геноме" of "генов"; "adress", "recieve", "definately", "exersise", "Шлеиден" and "карова"
are typos.
Only data about keyboards and letters, the same for every text.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

__all__ = ["inflection", "plausible_typo"]

# rows of the keyboards, top to bottom; a row is shifted half a key right of the one above, so key i of a row
# touches keys i-1 and i of the row below
_KEYBOARDS = (("qwertyuiop", "asdfghjkl", "zxcvbnm"), ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"))
_VOWELS = frozenset("aeiouyаеёиоуыэюяй")  # й is written as и with a mark; y is a vowel in most words
_SOUND_ALIKE = ("csz", "ck", "kq", "gj", "vw", "bp", "dt", "gk", "fv", "бп", "вф", "гк", "дт", "жш", "зс", "ьъ", "цс")


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {}
    for rows in _KEYBOARDS:
        for r, row in enumerate(rows):
            for i, key in enumerate(row):
                around = {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
                if r + 1 < len(rows):  # the row below: keys i-1 and i
                    around |= {rows[r + 1][j] for j in (i - 1, i) if 0 <= j < len(rows[r + 1])}
                if r > 0:  # the row above: keys i and i+1
                    around |= {rows[r - 1][j] for j in (i, i + 1) if 0 <= j < len(rows[r - 1])}
                for other in around:
                    near.setdefault(key, set()).add(other)
                    near.setdefault(other, set()).add(key)
    return {k: frozenset(v) for k, v in near.items()}


# Russian vowels that sound alike or are spelt for each other: unstressed "о" / "а", "е" / "и" / "я", "ё" / "о" / "е"
# (after a hushing consonant: "зрачек"), "и" / "ы" / "й", "у" / "ю", "е" / "э"; not "у" / "и", "ы" / "о", which
# a Russian learner hears apart ("путают" is no "питают", "выйти" no "войти")
_RU_VOWELS_ALIKE = ("ао", "ая", "оё", "ое", "еиая", "её", "еэ", "иый", "ую")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюя")


def _slip(a: str, b: str, strict: bool = False) -> bool:
    """Could one letter have been typed or heard for the other (`strict`: two Cyrillic vowels only when they sound
    alike in Russian)?"""
    if a == b or b in _neighbours().get(a, frozenset()):
        return True
    if a in _VOWELS and b in _VOWELS and not (strict and a in _CYRILLIC_VOWELS and b in _CYRILLIC_VOWELS):
        return True
    return any(a in group and b in group for group in (*_SOUND_ALIKE, *(_RU_VOWELS_ALIKE if strict else ())))


def plausible_typo(written: str, meant: str, strict_vowels: bool = False) -> bool:
    """Is `written` a typo of `meant`: every letter put for another one a learner could have hit or heard
    instead (letters left out, added or swapped with their neighbour are always typos)? `strict_vowels`: a Russian
    vowel put for another must sound like it (`_RU_VOWELS_ALIKE`), not any vowel."""
    if OSA.distance(written, meant) < Levenshtein.distance(written, meant):
        return True  # two letters swapped ("recieve"): a slip, whatever the letters
    return all(_slip(written[op.src_pos], meant[op.dest_pos], strict_vowels)
               for op in Levenshtein.editops(written, meant) if op.tag == "replace")


def inflection(word: str) -> str:
    """The verb ending of a word ("ed", "ing" or ""): a correction keeps it ("relied" is not "relief")."""
    return "ed" if word.endswith("ed") else "ing" if word.endswith("ing") else ""
