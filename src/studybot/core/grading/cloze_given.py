"""Another given name before a surname that fills a cloze blank (round 43, found writing packs blind): where the
pack's texts name the person "Andrew Belton" (or "Андрей Белецкий"), "Igor Belton" in the blank "{{Belton}}" names
another man, a brother or a namesake, as it does in a short answer (`given_slips.other_given_before`); "Belton",
"Andrew Belton", "Andy Belton" or a slip of "Andrew" fill it. Only where the texts put a given name before that
surname, or the pack's names give the surname back whole ("Belton" read "Andrew Belton": `Aliases`); the pack's own
texts, never a list of names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon_given_names import SHORT_FORMS
from ..matching import Prepared
from .given_slips import given_slip

__all__ = ["givens_before", "other_given_in_blank"]

_PAIR = re.compile(r"(?<![\w.])([^\W\d_][^\W\d_]+)\s+(?:\{\{)?([^\W\d_][\w-]+)")


def givens_before(surname: str, stem: str, texts: Iterable[str], stem_of: object) -> frozenset[str]:
    """The words in capitals that the `texts` put right before the surname (any form of it with the `stem`), in
    lower case."""
    found: set[str] = set()
    for text in texts:
        if surname[:3] not in text.casefold():
            continue
        for m in _PAIR.finditer(text):
            given, word = m.group(1), m.group(2)
            if given[0].isupper() and word[0].isupper() and callable(stem_of) \
                    and stem_of(word.casefold().replace("ё", "е")) == stem:
                found.add(given.casefold().replace("ё", "е"))
    return frozenset(found)


def other_given_in_blank(ref: Prepared, piece: Prepared, at: tuple[int, ...], givens: frozenset[str],
                         capitals: frozenset[str]) -> str:
    """The given name in capitals (the answer's `capitals`) a blank's filling puts before the blank's one-word name
    (`ref`, made at `at`) that is none of the `givens` the texts put there, nor a short form or a slip of one; ""
    when none."""
    if not givens or not at or min(at) == 0:
        return ""
    word, lex = piece.words[min(at) - 1], piece.lang.lex
    if word not in piece.capitalised | capitals or not word.isalpha() or len(word) < 3 or word in lex.titles \
            or word in lex.modifiers or word in givens:
        return ""
    lang = piece.lang
    if any(lang.word_match(g, word) >= 0 or lang.word_match(lang.stem(g), piece.stems[min(at) - 1]) >= 0
           or given_slip(g, word) or g.startswith(word) or g in SHORT_FORMS.get(word, ()) for g in givens):
        return ""
    return word
