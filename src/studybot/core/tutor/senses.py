"""A question's word said another way in the text: its WordNet synonyms in a frequent sense (English).

"What did the guild build?" is answered by "The guild constructed ...", "when did the baron die?" by "The baron
perished ...": a word of a question that no passage holds is met by a synonym WordNet gives it (a verb's, a noun's,
an adjective's), in a sense frequent for both words (`core.wordnet`), when the pack holds that synonym. A synonym
weighs below the word itself (`Weights.synonym_credit`). A word the pack holds keeps its own meaning first: its
synonyms the pack holds meet it only in part, as weak keys ("shown" in a text that says "showed that ..." is still
met by "demonstrated the transistor to ..."). The synonym must be a word the pack writes, not only a key made of
another word ("where is he buried?" is not met by "without interest", whose "-est" read as a degree gives "inter",
WordNet's synonym of "bury"). Russian has its own table (`senses_ru`); other languages keep what they
have."""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import wordnet
from .senses_ru import other_words_ru

if TYPE_CHECKING:
    from .words import Words

__all__ = ["other_words", "written_stems"]


def other_words(word: str, words: Words, known: Container[str]) -> frozenset[str]:
    """The tutor's stems of the WordNet synonyms of a word's base forms that the pack holds (`known`)."""
    if words.lang.code == "ru":
        return other_words_ru(word, words, known)
    if words.lang.code != "en" or not word.isalpha():
        return frozenset()
    return written_stems(_synonyms(word), word, words, known)


def written_stems(others: Iterable[str], word: str, words: Words, known: Container[str]) -> frozenset[str]:
    """The tutor's stems of `others` that the pack writes (`known`), the word's own left out."""
    from .words import DERIVED_KEY  # (`words` imports this module)
    own = words.stem(word)
    found = {words.stem(other) for other in others}
    # a word the pack writes, not a key it makes of another: "interest" read as "inter-est" gives "inter" ("bury")
    return frozenset(st for st in found if st != own and st in known and DERIVED_KEY + words.base(st) in known)


@lru_cache(maxsize=1 << 14)
def _synonyms(word: str) -> frozenset[str]:
    """The WordNet synonyms of a word's base forms (memoised: a question's every word asks)."""
    return frozenset(other for base in wordnet.base_forms(word) for other in wordnet.synonyms(base))
