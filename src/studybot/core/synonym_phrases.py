"""A phrase of a pack's synonyms group that holds the group's own word ("артериальная гипертония" beside
"гипертония", "air resistance" beside "resistance", "mitochondrial matrix" beside "matrix"). The group says the two
are one thing, so the phrase is read as the word, as the group's other phrases are (`Aliases`); an alias that holds
its name is left as written instead ("G7 summit" is no "G7"). A phrase of a group made with an English "inter-" word
is also read in the words that prefix stands for: "interstate highway" is "highway between the states", "highway
between the two states" and "highway between states" (`between_phrases`). Nothing of one text: the pack's own groups."""

from __future__ import annotations

import re

from .roman import roman_to_digits
from .text import normalise

__all__ = ["between_phrases", "longer_phrases"]

_INTER = re.compile(r"^inter-?([a-z]{4,}) ([a-z]+)$")  # "interstate highway", "inter-island ferry"


def longer_phrases(word: str, phrases: tuple[str, ...]) -> list[str]:
    """The phrases of a group (normalised) that hold its word (normalised, `word`) and more."""
    out = []
    for phrase in phrases:
        written = normalise(roman_to_digits(phrase))
        if written != word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", written):
            out.append(written)
    for phrase in (word, *phrases):
        out.extend(v for v in between_phrases(normalise(phrase)) if v != word)
    return out


def _plural(noun: str) -> str:
    """An English noun's regular plural ("state" -> "states", "bus" -> "buses", "city" -> "cities")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def between_phrases(phrase: str) -> list[str]:
    """A normalised two-word phrase "inter-X N" said with "between": "N between the Xs", "N between the two Xs",
    "N between Xs" (the regular plural); none for any other phrase."""
    made = _INTER.match(phrase)
    if not made:
        return []
    things, noun = _plural(made.group(1)), made.group(2)
    return [f"{noun} between the {things}", f"{noun} between the two {things}", f"{noun} between {things}"]
