"""Russian: a relative adjective and a general noun of a means (`lexicon_heads.MEANS_HEADS`: "линии", "связь",
"система") said by the noun the adjective is made of: a point "в бурю отказывали телеграфные линии" is made by "в бурю
отказывал телеграф", "телефонная связь работала" by "телефон работал". The adjective's stem is the answer's noun's
stem and a suffix of a relative adjective ("-н-", "-ск-", "-ов-"); the point is tried once more with the pair said
by that noun, as the answer writes it, and then matched and checked as any wording. A rule of Russian, no word of a
text. A pair of another head ("солнечный ветер") is left as it is: "солнце" is no wind."""

from __future__ import annotations

import re

from ..lexicon_heads import MEANS_HEADS
from ..matching import Prepared

__all__ = ["means_wordings"]

_SUFFIXES = ("н", "ск", "ов", "ев", "овск", "енн")  # of a relative adjective after its noun's stem ("телеграф-н-ый")
_ADJECTIVE = re.compile(r"\b(\w+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими|ом|ем))"
                        r"\s+(\w+)\b")
MIN_STEM = 4  # letters of the answer's noun's stem


def means_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording with a relative adjective and a head of a means said by the answer's noun of that adjective."""
    heads = MEANS_HEADS.get(got.lang.code)
    if not heads:
        return ()
    nouns = [(got.words[j], got.stems[j]) for j in got.content() if len(got.stems[j]) >= MIN_STEM]
    out: list[str] = []
    for text in wordings:
        def said(m: re.Match[str]) -> str:
            adjective, head = m.group(1).casefold(), m.group(2).casefold()
            if head not in heads:
                return m.group()
            stem = got.lang.stem(adjective)
            return next((word for word, st in nouns if stem.startswith(st) and stem[len(st):] in _SUFFIXES),
                        m.group())
        variant = _ADJECTIVE.sub(said, text)
        if variant != text:
            out.append(variant)
    return tuple(out)
