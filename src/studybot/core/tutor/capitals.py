"""A country's short form typed in capitals is the country, not the word it spells in lower case: "people in the US"
asks of the United States, not of "us", a pronoun the tutor drops. Only "US", in English: "USA", "UK" and the other
short forms are no words of their own and are read as aliases already (`lexicon_countries`), and "us" written in
lower case stays the pronoun ("tell us about X").

"America" alone, in an English question, is the United States too ("why did they go to America?"), as learners say
it, when the pack's texts name the United States and no continent by the word ("South America", "North America",
"Latin America", "Central America", "the Americas"): there it may be either, and stays as typed. (Russian reads
"Америка" so already, in `lexicon_countries`.)"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["america_is_us", "typed_countries"]

_US = re.compile(r"(?<![^\W_])US(?![^\W_])")
_UNITED_STATES = "United States"
_AMERICA = re.compile(r"(?<![^\W_])(?<!south )(?<!north )(?<!latin )(?<!central )america(?![^\W_])", re.IGNORECASE)
_CONTINENT = re.compile(r"\b(?:(?:south|north|latin|central)\s+america|americas)\b", re.IGNORECASE)


def america_is_us(aliases: Mapping[str, tuple[str, ...]], language: str, text: str) -> bool:
    """Is "America" in a question the United States: English, the pack's aliases (with the countries its texts name,
    `with_countries`) hold the United States, and its texts (`text`) name no continent by the word?"""
    named = any(_UNITED_STATES.casefold() in (n.casefold() for n in (c, *others)) for c, others in aliases.items())
    return language == "en" and named and _CONTINENT.search(text) is None


def typed_countries(raw: str, language: str, america: bool = False) -> str:
    """A question as typed, with "US" in capitals read as "USA" (English); with `america` (`america_is_us`), "America"
    alone read as "United States"."""
    if language != "en":
        return raw
    raw = _US.sub("USA", raw)
    return _AMERICA.sub(_UNITED_STATES, raw) if america else raw
