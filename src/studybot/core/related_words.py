"""Two words related in a looser way than `meaning`'s synonyms, for the ONE word a wording lacks
(`grading.nearly`): rules and tables of the language, nothing of one text.

- English: `core/data/lexical_en.tsv`'s fields of relatives (`wordnet.related`; tools/build_wordnet_related.py,
  from WordNet, merged into the one English table by tools/build_lexical_en.py): two common words
  that share a synset in any sense, a noun or verb and its direct hypernym or hyponym ("pay" / "earn",
  "lack" / "shortage", "lower" / "decrease"), or a noun's two steps the same way ("car" / "vehicle"); never two
  sisters or cousins, never two antonyms. Words are compared by their WordNet base forms ("paid" / "earned").
- Russian: nothing yet (its table, `wordnet_ru`, gives synonyms only, no hypernyms or hyponyms).
The table is read once, on first use (only grading of an English pack asks), never at start-up.
"""

from __future__ import annotations

from functools import cache

from . import wordnet

__all__ = ["related", "related_en"]


@cache
def _lemmas(word: str) -> frozenset[str]:
    return wordnet.base_forms(word) | {word}


@cache
def _relatives(word: str) -> frozenset[str]:
    """The words related to a word's lemmas: of one synset, hypernyms and hyponyms."""
    return frozenset().union(*(row[0] | row[1] for row in (wordnet.related(lemma) for lemma in _lemmas(word)) if row))


def related_en(a: str, b: str) -> bool:
    """Are two English words (any forms) related in any sense: of one synset, or one the other's hypernym or
    hyponym?"""
    return not _relatives(a).isdisjoint(_lemmas(b))


def related(word: str, other: str, lang: str) -> bool:
    """Is `other` (an answer's word) a looser relative of `word` (a wording's) in the language `lang`?"""
    return lang == "en" and related_en(word, other)
