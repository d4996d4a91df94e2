"""A question's word said in the passage as one part of a closed compound, met at the loose credit (English): "who
was the first American to walk in space?" is "Ed White made the first American spacewalk", "why do older books say
36 ATP?" is "Older textbooks give 36 ATP", "how fast did it travel on land?" is "Overland it advanced slowly". A
learner writes the parts apart, or one part alone, where the notes write the compound as one word.

A pack's word is read as such a compound of the question's word when it is that word with another English word
(WordNet's, `core.wordnet.known`) before or after it, each part of `PART` letters or more: "spacewalk" is "space" and
"walk", "worldwide" is "world" and "wide"; short parts are left alone, as they make words by chance ("season" is no
"sea" and "son", "carpet" no "car" and "pet", "passage" no "pass" and "age"). Only the pack's own words, never a name;
met at `Weights.loose_credit` (`loose`), as a compound may name another thing than its part ("a textbook" is a book,
"a landlord" no land), and never where the word itself or a synonym is met."""

from __future__ import annotations

from collections.abc import Iterable

from .. import wordnet

__all__ = ["PART", "compounds_of"]

PART = 4  # letters of each part at least


def compounds_of(word: str, vocab: Iterable[str]) -> frozenset[str]:
    """The words of `vocab` that are `word` joined with another English word before or after it ("walk":
    "spacewalk", "books": "textbooks"), each part of `PART` letters or more; none for a word that is no word
    of letters."""
    if len(word) < PART or not word.isalpha():
        return frozenset()
    found = set()
    for other in vocab:
        if len(other) < len(word) + PART or not other.isalpha():
            continue
        if other.endswith(word):
            rest = other[:-len(word)]
        elif other.startswith(word):
            rest = other[len(word):]
        else:
            continue
        if wordnet.known(rest):
            found.add(other)
    return frozenset(found)
