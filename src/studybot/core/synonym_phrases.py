"""A phrase of a pack's synonyms group that holds the group's own word ("артериальная гипертония" beside
"гипертония", "air resistance" beside "resistance", "mitochondrial matrix" beside "matrix"). The group says the two
are one thing, so the phrase is read as the word, as the group's other phrases are (`Aliases`); an alias that holds
its name is left as written instead ("G7 summit" is no "G7"). Nothing of one text: the pack's own groups."""

from __future__ import annotations

import re

from .roman import roman_to_digits
from .text import normalise

__all__ = ["longer_phrases"]


def longer_phrases(word: str, phrases: tuple[str, ...]) -> list[str]:
    """The phrases of a group (normalised) that hold its word (normalised, `word`) and more."""
    out = []
    for phrase in phrases:
        written = normalise(roman_to_digits(phrase))
        if written != word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", written):
            out.append(written)
    return out
