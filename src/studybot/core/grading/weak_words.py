"""English: a keypoint's adjective of a weak intensity said with another of its group, in the same degree
(`lexicon_degree.WEAK_INTENSITY`: "the second echo was weaker", "dimmer" for "fainter"): the point is tried once more
with the answer's word in its place, so that both read alike however the grader rewrites it ("weaker" is "less
strong"). Only a word sharing a group with the point's ("paler" for "fainter", never for "weaker"); their opposites
("brighter", "stronger") are in no group and stay wrong. General words, none of a text."""

from __future__ import annotations

import re

from ..lexicon_degree import WEAK_INTENSITY
from ..matching import Prepared
from ..text import normalise

__all__ = ["weak_wordings"]

_ALIKE: dict[str, frozenset[str]] = {}
for _group in WEAK_INTENSITY:
    for _word in _group:
        _ALIKE[_word] = _ALIKE.get(_word, frozenset()) | frozenset(_group) - {_word}
_WORD = re.compile(r"\b(?:" + "|".join(sorted(_ALIKE, key=len, reverse=True)) + r")\b")


def weak_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording with its word of weak intensity said by the answer's word of its group, where the answer says one
    the wording does not."""
    if got.lang.code != "en" or not (said := set(_WORD.findall(normalise(got.written)))):
        return ()
    out: list[str] = []
    for text in wordings:
        mine = normalise(text)
        for word in set(_WORD.findall(mine)) - said:
            out += [re.sub(rf"\b{word}\b", other, mine) for other in sorted(_ALIKE[word] & said)]
    return tuple(out)
