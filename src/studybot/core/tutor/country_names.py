"""Countries the language's data knows by name, for the tutor's names (`names`): a run of capitalised words with a
country in it ("Норвегию Дания уступила ...", "В Италии Орест ...") names no person. The countries are the
language's own tables (`lexicon_ru_peoples.RU_PEOPLES`, `lexicon_paraphrase.DEMONYMS`, `lexicon_countries`): general
vocabulary, nothing of one text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon_countries import COUNTRY_NAMES

if TYPE_CHECKING:
    from .words import Words

__all__ = ["country_stems"]

_FOUND: dict[str, frozenset[str]] = {}  # a language's code -> its countries' stems (a name's stem is the language's)


def country_stems(words: Words) -> frozenset[str]:
    """The name stems of the countries the language's tables name ("росси", "finland")."""
    code = words.code
    if code not in _FOUND:
        _FOUND[code] = frozenset(words.name_stem(w) for w in COUNTRY_NAMES.get(code, ()))
    return _FOUND[code]
