"""A Russian noun in "-ан", "-ал", "-ай" (or "-ян", "-ял", "-яй") whose last consonant Snowball cuts in some forms only:
it reads "н", "л", "й" after "а"/"я" as a verb's ending ("сделан", "сделал", "делай"), so the nominative and the
genitive lose it ("уран" / "урана" -> "ура", "канал" -> "кана", "Китай" -> "кита") while the other cases keep it
("уране" -> "уран", "канале" -> "канал", "Китае" -> "китай"). The two stems were too short or too far apart for a
typo, so "на Уране" missed "Уран" and "в Тихом океане" missed "Тихий океан". A rule of Russian word forms, the same
for every text; a verb's stems cut the same way ("созда" / "создал") are one word too.
"""

from __future__ import annotations

__all__ = ["consonant_cut"]

_CUT = frozenset("нлй")  # the verb endings Snowball's Russian rule takes after "а"/"я" that end a noun too


def consonant_cut(a: str, b: str) -> bool:
    """Are two stems one word, one with its last "н", "л" or "й" after "а"/"я" cut ("ура" / "уран")?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and len(long) == len(short) + 1 and long[-1] in _CUT and short[-1] in "ая" \
        and long.startswith(short) and short.isalpha()
