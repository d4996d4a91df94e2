"""English nouns with a Latin or Greek plural ("nucleus" / "nuclei", "criterion" / "criteria", "index" / "indices",
"larva" / "larvae", "crisis" / "crises", "genus" / "genera"), whose two numbers the Snowball stemmer keeps apart: the
grader's stems read the plural as its singular (`Language.lemma_stem`), so "the nucleus" answers "the nuclei" and
"the criteria" "the criterion", as "cells" answers "cell".

A plural is read so when WordNet's table gives it that singular (its bases: "nuclei" -> nucleus), or when the table
holds no line of the plural itself and the classical ending, put back, makes a noun of the table ("phenomena" ->
phenomenon). A plural the table holds as a word of its own ("taxi", "data", "area") stays itself, and so does one
whose plain stem is a base's already ("indexes", "bases"). A rule of the language's borrowed nouns, naming none."""

from __future__ import annotations

from functools import lru_cache

from . import wordnet

# (plural ending, singular ending), longest first within a plural ending
_ENDINGS = (
    ("ices", "ex"), ("ices", "ix"),  # index / indices, matrix / matrices
    ("ae", "a"),  # larva / larvae
    ("ia", "ium"),  # bacterium / bacteria
    ("ora", "us"), ("era", "us"),  # corpus / corpora, genus / genera
    ("a", "um"),  # stratum / strata
    ("na", "non"), ("ria", "rion"), ("ta", "ton"), ("dra", "dron"), ("lia", "lion"),  # phenomenon, criterion,
    # automaton, polyhedron, ganglion: the Greek "-on" after its usual letters ("comma" is no plural of "common")
    ("i", "us"),  # fungus / fungi
    ("es", "is"),  # crisis / crises
)
_SHORTEST = 4  # "foci" and longer: a shorter word is no classical plural ("hi", "via")


@lru_cache(maxsize=4096)
def classical_singular(word: str) -> str | None:
    """The singular of a Latin or Greek plural ("stimuli" -> stimulus), or None."""
    if len(word) < _SHORTEST or not word.isalpha() or not word.endswith(("a", "i", "ae", "es")):
        return None
    guessed = {word[: -len(plural)] + single for plural, single in _ENDINGS if word.endswith(plural)}
    if wordnet.base_forms(word, "n") - guessed - {word}:
        return None  # a regular plural ("bases" of base) or a noun of its own ("bacteria", "algae")
    entry = wordnet.entry(word)
    named = guessed & (entry.bases | wordnet.synonyms(word, "n"))
    if wordnet.fields(word) is not None and not named:
        return None  # a word of its own ("taxi", "data", "area")
    found = named or {b for b in guessed if wordnet.fields(b) is not None}
    return next(iter(found)) if len(found) == 1 else None
