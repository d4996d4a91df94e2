"""Countries the language's data knows by name, for the tutor's names (`names`): a run of capitalised words with a
country in it ("Финляндию Россия вернула ...", "В Голландии Пётр ...") names no person. The countries are the
language's own tables (`lexicon_ru_peoples.RU_PEOPLES`, `lexicon_paraphrase.DEMONYMS`, `lexicon_countries`): general
vocabulary, nothing of one text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon_countries import COUNTRY_ALIASES
from ..lexicon_paraphrase import DEMONYMS
from ..lexicon_ru_peoples import RU_PEOPLES
from ..people import normalise

if TYPE_CHECKING:
    from .words import Words

__all__ = ["country_stems"]

# the name of each country in the language's tables: a row's first words ("россия россии", "finland")
_NAMES: dict[str, tuple[str, ...]] = {
    "ru": tuple(w for row in RU_PEOPLES for w in row[:2] if w[:3] == row[0][:3]),  # (not "сша американцы")
    "en": tuple(group.split()[0] for group in DEMONYMS.split("|") if group.strip()),
}


_FOUND: dict[str, frozenset[str]] = {}  # a language's code -> its countries' stems (a name's stem is the language's)


def country_stems(words: Words) -> frozenset[str]:
    """The name stems of the countries the language's tables name ("росси", "finland")."""
    code = words.code
    if code not in _FOUND:
        single = [normalise(n) for n in COUNTRY_ALIASES.get(code, {}) if " " not in n]
        _FOUND[code] = frozenset(words.name_stem(w) for w in (*_NAMES.get(code, ()), *single))
    return _FOUND[code]
