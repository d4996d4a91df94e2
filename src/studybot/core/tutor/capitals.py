"""A country's short form typed in capitals is the country, not the word it spells in lower case: "people in the US"
asks of the United States, not of "us", a pronoun the tutor drops. Only "US", in English: "USA", "UK" and the other
short forms are no words of their own and are read as aliases already (`lexicon_countries`), and "us" written in
lower case stays the pronoun ("tell us about X")."""

from __future__ import annotations

import re

__all__ = ["typed_countries"]

_US = re.compile(r"(?<![^\W_])US(?![^\W_])")


def typed_countries(raw: str, language: str) -> str:
    """A question as typed, with "US" in capitals read as "USA" (English)."""
    return _US.sub("USA", raw) if language == "en" else raw
