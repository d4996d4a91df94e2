"""English nouns the stemmer leaves apart though they are one word for a reader (data only).

- `IRREGULAR_PLURALS`: plurals that are not the singular with an ending ("people" for "person", "children" for
  "child"), read as their singular, so "people who stayed were fed" says "a person who stayed was fed".
- `NOUN_SYNONYMS`: general nouns of one sense in any text, matched by stem as the grader's other synonym groups
  ("the Dutch gave funding" for "the Dutch gave money"). A text's own terms belong in its pack's `synonyms`.
- `POPULATION`: nouns for the people of a place, each a narrower word for "people" ("residents drank the river water"
  says "people drank the river water"; `grading.populace`), never the other way round.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["IRREGULAR_PLURALS", "NOUN_SYNONYMS", "POPULATION"]

IRREGULAR_PLURALS: Mapping[str, str] = {
    plural: singular for singular, plural in (pair.split(":") for pair in (
        "person:people man:men woman:women child:children foot:feet tooth:teeth mouse:mice goose:geese ox:oxen "
        "louse:lice"
    ).split())
}

# money given for a purpose, in its usual words ("fund" as a body stays a name where it is capitalised)
NOUN_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("money", "funds", "funding", "cash"),
)

# the people of a place, said by what they are to it (or all of them): narrower than "people", as the grader reads them
POPULATION = frozenset("residents inhabitants citizens townspeople townsfolk villagers locals population public "
                       "householders everyone everybody".split())
