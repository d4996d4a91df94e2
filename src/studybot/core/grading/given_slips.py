"""A slip in a short given name before the card's own surname ("Vess Mitchel" for a person named "Wess Mitchell"):
one letter of a given name of four letters put for another that a learner could have hit or heard instead (v and w
alike in sound, neighbouring keys; `typos.plausible_typo`), when the slip makes no given name of its own. A word of
four letters gets no typo elsewhere (`language.typo_limit`), but before the person's surname it can only be their
given name mistyped; another given name ("Tess", "Jack") stays another person. General rules of names, nothing of
one text. And another given name before a surname the pack's names gave back whole names another person
(`other_given_before`); a country or the word after a title is none ("президент России Путин")."""

from __future__ import annotations

import re

from .. import wordnet
from ..lexicon_countries import COUNTRY_NAMES
from ..lexicon_given_names import SHORT_FORMS
from ..matching import Prepared
from ..typos import plausible_typo

__all__ = ["given_slip", "other_given_before"]

_SHORT_GIVEN = 4  # letters of the given names this slip is forgiven in (longer words get typos anyway)
_GIVEN = frozenset(SHORT_FORMS) | frozenset(name for names in SHORT_FORMS.values() for name in names)


def given_slip(want: str, have: str) -> bool:
    """Is `have` the card's given name `want` (both in lower case, four letters) with one letter put for another
    that could have been hit or heard instead, and no given name of its own?"""
    if len(want) != _SHORT_GIVEN or len(have) != _SHORT_GIVEN or not (want + have).isalpha() or have in _GIVEN:
        return False
    diff = [i for i, (a, b) in enumerate(zip(want, have, strict=True)) if a != b]
    return len(diff) == 1 and plausible_typo(have, want)


def other_given_before(ref: Prepared, got: Prepared, at: tuple[int, ...], people: frozenset[str]) -> str:
    """A given name in capitals the answer puts right before a person's surname that the pack's names gave back
    whole (`Aliases`: "Tinbergen" -> "Nikolaas Tinbergen"), when it is no form of the person's own given name: "Jan
    Ravensburg" names another man than "Pieter Ravensburg" (a brother, a namesake), though "Piet", "Pieter" or a slip
    of it ("Peiter") are him. `ref`: a point that is the name of one of the pack's `people` (canonical names), of
    two or three words, not a place's ("Eisenhower's America" is the United States); `at`: where the answer made
    it. "" when there is no such name."""
    names = ref.content()
    if not 2 <= len(names) <= 3 or not all(ref.words[i] in ref.capitalised and ref.words[i].isalpha() for i in names) \
            or " ".join(ref.words[i] for i in names) not in people:
        return ""
    start = min(at)
    if sorted(at) != list(range(start, start + len(names))) or start == 0 or got.words[start] in got.capitalised:
        return ""  # (the given name as the answer wrote it: whatever stands before it is no given name)
    word, lex = got.words[start - 1], got.lang.lex
    if word not in got.capitalised or not word.isalpha() or len(word) < 3 or start - 1 not in got.content() \
            or word in lex.titles or word in lex.modifiers or word in ref.words or wordnet.known(word) \
            or not re.search(rf"(?<!\w){re.escape(word)}\s+{re.escape(got.words[start])}(?!\w)", got.text) \
            or word in COUNTRY_NAMES.get(lex.code, ()) or start > 1 and got.words[start - 2] in lex.titles:
        return ""  # (a country, or a title's own word: "канцлер Германии Шрёдер", "король Пруссии Фридрих")
    given = ref.words[names[0]]
    if got.lang.word_match(given, word) >= 0 or got.lang.word_match(ref.stems[names[0]], got.stems[start - 1]) >= 0 \
            or given_slip(given, word) or given.startswith(word) or given in SHORT_FORMS.get(word, ()):
        return ""  # his own given name, short or with a slip ("Piet", "Niko", "Peiter")
    return word
