"""A person's pronoun as the subject after a fronted phrase (English): "In 1929, as a young officer, he filed a patent".

English puts its subject before its verb, and a sentence often opens with a phrase of time, place or circumstance
before the subject: "In 1929, as a young RAF officer, he saw ...", "As a cadet at the college, he wrote a thesis",
"On a voyage home from Europe in 1832 he heard ...", "Returning by ship, she ...". Such a phrase opens with a
preposition, "as", or a participle, and is set off by a comma or says a time (a figure), and the "he" or "she" after
it is the subject of the main clause: it stands for the person the sentence before speaks of, as an opening "He ..."
does (`otherwise.said_before`), unless the phrase itself names a person ("When Fleming returned, he ...": Fleming).
A short phrase run on into its clause ("With insulin she recovered, married ...") is not read: measured on the
development packs it let a "who did X marry?" be answered by a sentence naming no spouse. Only the subject forms
"he" and "she" are read ("it" and "they" may stand for a thing or open a clause of their own), within
`FRONTED_REACH` words; a sentence that opens with its subject ("The board, he said, ...") is left as it is."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise
from .words import WORD

if TYPE_CHECKING:
    from .names import NameBook
    from .words import Words

__all__ = ["fronted_subject"]

FRONTED_REACH = 12  # words of a fronted phrase before the subject pronoun, at most
SUBJECTS = {"en": frozenset(("he", "she"))}  # a person's subject pronouns, by language
OPENERS = {"en": frozenset(("as", "while", "when", "after", "before", "once", "having"))}  # besides prepositions
PARTICIPLE = "ing"  # "Returning from Europe, he ..."


def fronted_subject(text: str, words: Words, names: NameBook) -> bool:
    """Does a sentence open with a phrase that names no person, then "he" or "she" as its subject (see the module)?"""
    return _fronted(text, words.lang.code, words.tw.prepositions, names.persons, words)


@lru_cache(maxsize=1 << 14)
def _fronted_seq(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(normalise(text))[:FRONTED_REACH + 1])


def _fronted(text: str, code: str, prepositions: frozenset[str], persons: Collection[str], words: Words) -> bool:
    subjects = SUBJECTS.get(code)
    if not subjects:
        return False
    seq = _fronted_seq(text)
    at = next((k for k, w in enumerate(seq) if w in subjects), 0)
    if at < 2:
        return False  # none, or "He ..." itself (an opening pronoun is read by `Traits.continues`)
    first = seq[0]
    if not (first in prepositions or first in OPENERS[code] or (first.endswith(PARTICIPLE) and len(first) > 5)):
        return False  # the sentence opens with its own subject: "The board, he said, ..."
    if any(words.name_stem(w) in persons for w in seq[:at]):
        return False  # "When Fleming returned, he ...": the phrase's own person
    return _set_off(text, seq[at]) or any(w.isdigit() for w in seq[:at])


@lru_cache(maxsize=1 << 14)
def _set_off(text: str, pronoun: str) -> bool:
    """Is the first `pronoun` of a sentence right after a comma, which closes the phrase fronted before it?"""
    found = re.search(rf"(?i)(\S?)\s+{pronoun}\b", text)
    return found is not None and found.group(1) == ","
