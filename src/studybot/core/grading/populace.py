"""English: a keypoint's "people" said by a narrower noun for the people of a place (issue #11): "Dubliners were
drinking the river water", "the residents drank it" make "people drank the river water"; the point is tried once more
with the answer's noun in the place of "people" (`lexicon_en_nouns.POPULATION`: "residents", "inhabitants", "citizens",
"townspeople", "villagers", "locals", "the public", "everyone"; or a people's name, written with a capital and ending as
one: "Dubliners", "Parisians", "Muscovites", "Germans"). Only that way round: a point that names the residents is not
made by "people", and no other word of the point is touched. General English, no word of a text."""

from __future__ import annotations

import re

from ..lexicon_en_nouns import POPULATION
from ..matching import Prepared
from ..text import normalise

__all__ = ["people_wordings"]

_PEOPLE = re.compile(r"\bpeople\b")
_NAMED = re.compile(r"\b[A-Z][a-z]{2,}(?:ers|ians|ites|ans|ese)\b")  # "Dubliners", "Parisians", "Muscovites"


def people_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording that says "people", with the answer's narrower noun for people in its place."""
    if got.lang.code != "en" or not any(_PEOPLE.search(normalise(text)) for text in wordings):
        return ()
    written = got.written
    said = sorted(POPULATION.intersection(normalise(written).split())
                  | {normalise(name) for name in _NAMED.findall(written)})
    if not said:
        return ()
    return tuple(_PEOPLE.sub(noun, normalise(text)) for text in wordings if _PEOPLE.search(normalise(text))
                 for noun in said)
