"""A question's word said in the passage by a word of its derivational family, met at a lower credit (English).

A learner says a fact of the notes with another part of speech or another derived word: "How many conspirators
were there?" for "60 senators took part in the conspiracy", "Who received the first heart?" for "the recipient was
Louis Washkansky". The ranking meets a word by itself, its stem, the pack's synonyms and WordNet's synonyms in a
frequent sense (`senses`), and a word the pack lacks by the pack's word of its family (`kindred`); a word the pack
holds is met here by its WordNet family too, one step or two through a shared word ("conspirator" / "conspire" /
"conspiracy", "received" / "recipient"), at `Weights.loose_credit`: below a weak key, as a derived word may say
another thing ("the recipient of the lamp" tells no more than who got it). Never a light verb ("have", "give",
`LIGHT_VERBS`), never a word the passage merely makes a key of (as `senses`), never the word's own stem.

Measured and left out (round 24, tvocab24): WordNet's synonyms in any sense and its direct hypernyms and hyponyms
(`related_words`, as the grader's `mostly_related` uses them) at the same credit answered more held-out questions but
declined fewer of the unanswerable ones (synonyms: 3 more answered, 3 fewer declined; hypernyms: 8 and 7). Russian
has no table of derivation here: `kindred` reads its nouns of action."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import wordnet
from ..lexicon_phrasal import LIGHT_VERBS
from .senses import written_stems

if TYPE_CHECKING:
    from .words import Words

__all__ = ["loose_keys"]


def loose_keys(word: str, words: Words, known: Container[str]) -> frozenset[str]:
    """The tutor's stems of the words of a word's WordNet family (two steps) that the pack writes (`known`)."""
    if words.lang.code != "en" or not word.isalpha():
        return frozenset()
    return written_stems(_family(word), word, words, known)


@lru_cache(maxsize=1 << 14)
def _family(word: str) -> frozenset[str]:
    """The lemmas WordNet derives from a word's lemmas or them from it, and theirs in turn; light verbs left out."""
    lemmas = wordnet.base_forms(word) | {word}
    family = {kin for lemma in lemmas for kin, _ in wordnet.family(lemma)}
    family |= {kin for other in tuple(family) for kin, _ in wordnet.family(other)}
    return frozenset(w for w in family - lemmas if w.isalpha() and w not in LIGHT_VERBS)
