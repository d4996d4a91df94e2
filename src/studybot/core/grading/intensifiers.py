"""A point said without its adverb of degree ("воздух сильно сжимается": "воздух сжимается"; "машины были
слишком тяжёлыми": "машины были тяжёлыми"; "почти нечувствительны", "почти не пропускает": "нечувствительны", "не
пропускает"): the adverb only says how much, and a fair teacher does not ask for it.
The point's other words are still all asked for, and its adverb said the other way ("слегка", "постепенно")
still contradicts it (the lexicon's opposites), as does "a little" after the point's verb ("rose a little" for
"rose sharply"). Words of `lexicon_degree.INTENSIFIERS`, by language.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon_degree import INTENSIFIERS
from ..matching import Prepared
from ..memos import memoised

__all__ = ["intensifier", "said_otherwise", "unstressed", "weakened"]


def intensifier(word: str, code: str) -> bool:
    """Is a (normalised) word an adverb of degree only?"""
    return word in INTENSIFIERS.get(code, ())


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    words = INTENSIFIERS.get(code)
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(words))})(?!\w) ?", re.IGNORECASE) if words else None


# "почти" before a negation or a word negated by "не-" only says how far ("почти нечувствительны", "почти не
# пропускает": "нечувствительны", "не пропускает"); before anything else it says the deed was not done ("почти
# утонул" is no "утонул") or hedges a figure, and stays
_ALMOST_NOT = {"ru": re.compile(r"(?<!\w)почти (?=не (?!\d)|не[^\W\d_]{3,}(?:ый|ий|ая|ое|ые|ых|ым|ыми|ен|ем|им|а|о|ы)"
                                r"(?!\w))", re.IGNORECASE)}


@lru_cache(maxsize=1 << 12)
def unstressed(wordings: tuple[str, ...], code: str) -> tuple[str, ...]:
    """Each wording that has an adverb of degree, without it (when a word is left besides); () when none has."""
    return _unstressed(tuple(wordings), code)


@memoised(4096)  # (a pure function of a card's or a point's wordings, asked again for every answer)
def _unstressed(wordings: tuple[str, ...], code: str) -> tuple[str, ...]:
    pattern, almost = _pattern(code), _ALMOST_NOT.get(code)
    if pattern is None:
        return ()
    out = (almost.sub("", pattern.sub("", wording)).strip() if almost else pattern.sub("", wording).strip()
           for wording in wordings if pattern.search(wording) or almost and almost.search(wording))
    return tuple(text for text in out if any(c.isalpha() for c in text))


def said_otherwise(wordings: tuple[Prepared, ...], got: Prepared) -> str:
    """The answer's word that says an adverb of degree of a wording the other way ("слегка" for "сильно"), or "":
    a short answer matched without its adverb must not say the opposite of it."""
    code = got.lang.code
    degrees = {ref.stems[i] for ref in wordings for i, w in enumerate(ref.words) if intensifier(w, code)}
    return next((got.words[j] for j in got.content() for stem in degrees
                 if got.lang.opposite(stem, got.stems[j]) or got.lang.opposite(got.stems[j], stem)), "")


# "a little" as the normaliser leaves it ("some": `lexicon.PHRASES`): after a verb and ending its phrase it says how
# much, the other way from an adverb of degree ("went up a little"); before a noun it counts ("a little water")
_A_LITTLE = {"en": frozenset({"some"})}


def weakened(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer say "a little" right after a word that makes a point said with an adverb of degree ("the
    price rose a little" for "the price rose sharply")?"""
    code = got.lang.code
    little = _A_LITTLE.get(code)
    if not little or not any(intensifier(w, code) for w in point.words):
        return False
    content, at = set(got.content()), set(positions)
    return any(w in little and j - 1 in at and j + 1 not in content for j, w in enumerate(got.words))
