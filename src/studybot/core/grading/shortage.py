"""A lack said with its article read also as a shortage (issue #11): "a lack of labourers", "the lack of salt" say
what "a shortage of labourers", "the shortage of salt" say, and so what "labourers were scarce" says (one synonym
group in `lexicon`). The answer is read so as a second reading only, after its words as written, where "a lack of"
is "no" (`lexicon_negative`: "the famine came from a lack of grain" says there was no grain): a wording of none and
a wording of a shortage are both made by a lack. So is "not enough" before its noun ("there was not enough grain",
"they didn't have enough grain", "too little grain") read as "a shortage of": too little of a thing is a shortage of
it; not before an adjective or a verb ("not warm enough", "not enough to win"), which has no noun to be short of.
A rule of English, not words of a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from ..matching import Match, Prepared, find_phrase

__all__ = ["lack_as_shortage"]

_LACK = re.compile(r"\b(a|the) lack of\b", re.IGNORECASE)
# "not enough" ("n't enough", "didn't have enough"), "too little", "too few", before a word that is not "to"
_NEXT_WORD = r"(?=\s+(?!to\b)[^\W\d_])"
_TOO_LITTLE = re.compile(r"(?:\bnot|n't|\bnever)(?: have| has| had| get| got)? enough\b" + _NEXT_WORD
                         + r"|\btoo (?:little|few)\b" + _NEXT_WORD, re.IGNORECASE)


def lack_as_shortage(ref: Prepared, got: Prepared, skip: frozenset[str], negation: bool | None,
                     prep: Callable[[str], Prepared]) -> Match | None:
    """A wording made by the answer read with "a lack of" as "a shortage of", the positions mapped back onto the
    answer's words (the shortage onto the lack's); None when the answer says no such lack or the wording is not made
    so."""
    lowered = got.written.lower()
    if got.lang.code != "en" or ("lack of" not in lowered and "enough" not in lowered and "too " not in lowered) \
            or not ref.content():
        return None
    text = _TOO_LITTLE.sub(" a shortage of", _LACK.sub(r"\1 shortage of", got.written))
    if text == got.written:
        return None
    other = prep(text)
    match = find_phrase(ref, other, skip=skip, negation=negation)
    if match is None:
        return None
    places: dict[int, int] = {}
    for tag, a1, a2, b1, b2 in SequenceMatcher(a=other.words, b=got.words, autojunk=False).get_opcodes():
        if tag in ("equal", "replace") and b2 > b1:
            places.update({a1 + k: min(b1 + k, b2 - 1) for k in range(a2 - a1)})
    if any(p not in places for p in match.positions):
        return None
    return match._replace(positions=tuple(places[p] for p in match.positions))
