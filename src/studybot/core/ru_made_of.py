"""A Russian noun of what a thing is made of or comes from, after "из", met by the answer's relational adjective
(issue #11): "доски из осины" / "осиновые доски", "уголь из Донбасса" / "донбасский уголь", "масло из льна" /
"льняное масло". A rule of Russian word formation: the adjective names the thing's source just as "из" does, where
an adjective for a bare noun may name another thing ("сердечный клапан" is no "сердце", so `relational` reads
only a reference's adjective met by an answer's noun). The adjective's nouns are `relational.russian_nouns` (read
by `Language.related`), never a direction word, a figure, or a word of `avoid`; the noun must stand right after "из".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["source_adjective"]

_FROM = frozenset(("из", "изо"))  # prepositions of a source or a material


def source_adjective(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer's adjective of a phrase's noun said after "из", or (-1, -1)."""
    if phrase.lang.code != "ru" or want.exact or want.direction or not want.word.isalpha() or not any(
            word == want.word and i and phrase.words[i - 1] in _FROM for i, word in enumerate(phrase.words)):
        return -1, -1
    for j in answer.content():
        word, stem = answer.words[j], answer.stems[j]
        if stem not in avoid and not answer.dirs[j] and word.isalpha() and answer.lang.related(word, want.word):
            return 0, j
    return -1, -1
