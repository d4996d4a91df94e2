"""Countries the language's data knows by name, for the tutor's names (`names`): a run of capitalised words with a
country in it ("Норвегию Дания уступила ...", "В Италии Орест ...") names no person; nor does one that opens with the
word for a country's people or things ("Soviet Ukraine", "French Guiana", "British Columbia": `demonym_stems`), as a
person's name never does. The countries are the
language's own tables (`lexicon_ru_peoples.RU_PEOPLES`, `lexicon_paraphrase.DEMONYMS`, `lexicon_countries`): general
vocabulary, nothing of one text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon_countries import ADJECTIVES, COUNTRY_NAMES
from ..lexicon_paraphrase import DEMONYMS

if TYPE_CHECKING:
    from .words import Words

__all__ = ["country_stems", "demonym_stems"]

_FOUND: dict[str, frozenset[str]] = {}  # a language's code -> its countries' stems (a name's stem is the language's)
_DEMONYMS: dict[str, frozenset[str]] = {}  # ... -> the stems of its words for a country's people and things
# a language's words for a country's people and things: each group's words after the country's name ("french"), and
# the adjectives of the countries named in two words ("soviet", "american")
_PEOPLES = {"en": (*(w for group in DEMONYMS.split("|") for w in group.split()[1:]),
                   *(a.casefold() for adjectives in ADJECTIVES.get("en", {}).values() for a in adjectives))}


def country_stems(words: Words) -> frozenset[str]:
    """The name stems of the countries the language's tables name ("росси", "finland")."""
    code = words.code
    if code not in _FOUND:
        _FOUND[code] = frozenset(words.name_stem(w) for w in COUNTRY_NAMES.get(code, ()))
    return _FOUND[code]


def demonym_stems(words: Words) -> frozenset[str]:
    """The name stems of the language's words for a country's people and things ("french", "soviet")."""
    code = words.code
    if code not in _DEMONYMS:
        _DEMONYMS[code] = frozenset(words.name_stem(w) for w in _PEOPLES.get(code, ()))
    return _DEMONYMS[code]
