"""Two English words of the dictionary that differ in two letters are two terms, not one word and a slip of it:
"interpolation" for "intercalation", "insulation" for "isolation", "capacitor" for "capacity". A learner's real
slip seldom lands on another word two letters away; a learner who confuses two terms does. Spellings of one word
("centre" / "center", "metres" / "meters") are synonyms in WordNet and stay one word. English only (WordNet describes
English).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from . import wordnet

__all__ = ["real_words_apart"]

SHORTEST = 6  # letters of the shorter word; shorter words take no second slip anyway (`typos.typo_limit`)


def real_words_apart(want: str, have: str) -> bool:
    """Are `want` and `have` two English words of the dictionary, two letters apart, of no common base form and no
    common sense ("intercalation" / "interpolation")?"""
    if min(len(want), len(have)) < SHORTEST or not (want.isalpha() and have.isalpha()):
        return False
    if OSA.distance(want, have, score_cutoff=2) != 2 or not (wordnet.known(want) and wordnet.known(have)):
        return False
    bases_want, bases_have = wordnet.base_forms(want) | {want}, wordnet.base_forms(have) | {have}
    if not bases_want.isdisjoint(bases_have):
        return False
    return not any(b in wordnet.synonyms(a) or a in wordnet.synonyms(b) for a in bases_want for b in bases_have)
