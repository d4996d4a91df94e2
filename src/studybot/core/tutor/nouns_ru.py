"""Russian nouns Snowball stems as verbs: the genitive plural of a noun for people in "-ане" / "-яне".

"горожане", "крестьяне", "дворяне", "граждане" make their genitive plural without an ending ("депутация горожан",
"восстание крестьян"), and Snowball reads its "-ан" / "-ян" as a verb's ending ("горожан" -> "горожа", while
"горожане" -> "горожан"): the form is not found among the nouns for people (`people_nouns`) by its stem. Read with
the nominative's "-е" put back, it is ("горожан" is "горожане"'s). And the genitive singular after "сколько" ("сколько
места", "сколько электроэнергии", "сколько нефти"), which asks an amount of a mass, not a count of things (those are in
the genitive plural: "сколько мест", "сколько станций"). Rules of Russian declension, no word of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import Words

__all__ = ["mass_genitive", "people_genitive"]

_BARE_GENITIVE = ("ан", "ян")  # the genitive plural of "-ане" / "-яне" nouns
_NOMINATIVE = "е"  # ... and what their nominative plural adds to it
_SINGULAR_GENITIVE = ("а", "я", "и", "ы")  # the genitive singular's endings, which no genitive plural has
MIN_MASS = 4  # letters of such a noun ("воды", "места"; not "дня")


def people_genitive(word: str, words: Words) -> bool:
    """Is a word the bare genitive plural of one of the language's nouns for people ("горожан", "крестьян")?"""
    return word.endswith(_BARE_GENITIVE) and words.lang.stem(word + _NOMINATIVE) in words.people_stems


def mass_genitive(word: str) -> bool:
    """Is a noun counted by "сколько" in the genitive singular ("сколько места", "сколько нефти"): an amount of a mass
    asked, which any figure of it answers, not a count of things?"""
    return len(word) >= MIN_MASS and word.isalpha() and word.endswith(_SINGULAR_GENITIVE)
