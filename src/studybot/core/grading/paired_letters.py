"""A letter an answer adds beside a term that the card's texts pair with that letter is no other thing named (issue
#11): asked for the strain "Q7", "Q7 marsh fever B" is right where the notes say "marsh fever B, strain Q7"; the
letter only says which marsh fever the strain is of, as the texts do. A letter the texts pair with the term only in
another place, or not at all, still names another thing ("Q7 marsh fever A"), as does a letter in place of the
card's own ("marsh fever A" for "marsh fever B": `letters_named`). The pairs are read from the card's right wordings
and from the sentences of the pack's texts that say one of them; a rule of writing, the same for every text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..matching import Prepared
from .labels import labels_of_words

__all__ = ["letter_pairs", "letters_added", "paired_letters"]

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def _pairs_in(text: Prepared) -> Iterable[str]:
    """"term letter" for each single letter of a text right after a word of it ("fever b")."""
    for i, word in enumerate(text.words):
        if i > 0 and len(word) == 1 and word.isalpha() and len(text.words[i - 1]) > 1 \
                and text.clauses[i - 1] == text.clauses[i]:
            yield f"{text.stems[i - 1]} {word}"


def letter_pairs(wordings: Iterable[str], texts: Iterable[str], prep: Callable[[str], Prepared]) -> Iterable[str]:
    """The pairs of a term and its letter ("fever b") in a card's right wordings, and in each sentence of the pack's
    texts that says every content word of one of them, of a term the wordings do not use ("vitamin b" is no pair for
"vitamin C", whatever a sentence names beside it)."""
    refs = [prep(text) for text in wordings]
    wanted = [[ref.words[i] for i in ref.content()] for ref in refs]
    own = {st for ref in refs for st in ref.stems}  # (a term of the card's own: only with the card's letter)
    for ref in refs:
        yield from _pairs_in(ref)
    for text in texts:
        for sentence in _SENTENCE.split(text):
            low = sentence.casefold()
            if any(words and all(w in low for w in words) for words in wanted):
                said = prep(sentence)
                if any(words and all(w in said.words for w in words) for words in wanted):
                    yield from (pair for pair in _pairs_in(said) if pair.rpartition(" ")[0] not in own)


def paired_letters(got: Prepared, letters: set[str], pairs: frozenset[str]) -> set[str]:
    """Those of `letters` (single letters the answer adds) said right after a term the texts pair with them."""
    return {got.words[j] for j in range(1, len(got.words))
            if got.words[j] in letters and f"{got.stems[j - 1]} {got.words[j]}" in pairs}


def letters_added(got: Prepared, letters: set[str], pairs: Callable[[], frozenset[str]]) -> set[str]:
    """The letters the answer adds (`letters`: none of the card's) that name another thing: not a label of the word
    beside it ("the Reserve (R) group": `labels_of_words`), nor a letter the texts pair with its term (`pairs`, asked
    only when a letter is left)."""
    letters = letters - labels_of_words(got, letters)
    return letters - paired_letters(got, letters, pairs()) if letters else letters
