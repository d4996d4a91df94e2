"""A Russian word of the language is no typo of another word (`Analyser._correct`).

A learner's word the pack never uses may still be a word of Russian, and often is: "какие цвета путают дальтоники?"
asks of "путать", which one letter makes "питают", a word of the text. Such a word is kept as typed (a word the text
lacks, which may say it otherwise) rather than read as another: a word whose stem the Russian lexical table lists
(`wordnet_ru`, some 10,000 stems of the language's words) is not corrected to a word of another stem, unless one of
the two is the other with an ending ("пролив" / "пролива": the same word, which Snowball stems apart). Other
languages, and words the table lacks ("перешол"), are corrected as before. No word of a text: the language's table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordnet_ru import table

if TYPE_CHECKING:
    from .words import Words

__all__ = ["kept_as_typed"]


def kept_as_typed(word: str, fixed: str, words: Words) -> str:
    """The correction of a misspelt `word` (`fixed`), or the word itself when it is a word of Russian and the
    correction another word."""
    if fixed == word or words.lang.code != "ru" or fixed.startswith(word) or word.startswith(fixed):
        return fixed
    stem = words.lang.stem(word)
    return word if stem in table() and stem != words.lang.stem(fixed) else fixed
