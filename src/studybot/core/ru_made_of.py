"""A Russian noun of what a thing is made of or comes from, after "из", met by the answer's relational adjective
(issue #11): "доски из осины" / "осиновые доски", "уголь из Донбасса" / "донбасский уголь", "масло из льна" /
"льняное масло". A rule of Russian word formation: the adjective names the thing's source just as "из" does, where
an adjective for a bare noun may name another thing ("сердечный клапан" is no "сердце", so `relational` reads
only a reference's adjective met by an answer's noun). The adjective's nouns are `relational.russian_nouns` (read
by `Language.related`), never a direction word, a figure, or a word of `avoid`; the noun must stand right after "из".

So too a noun in the genitive right after the noun it qualifies, whose thing it is ("воды Сырдарьи" / "сырдарьинской
воды", "пухом гаги" / "гагачьим пухом", "правилами Академии" / "академическими правилами"), where the answer's
adjective stands next to that same noun: the adjective then names the same thing, as the genitive does, while one
said of another noun ("сердечный приступ" for "клапан сердца") stays unread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon_ru_tutor import RUSSIAN_TUTOR

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["source_adjective"]

_FROM = frozenset(("из", "изо"))  # prepositions of a source or a material
# the endings of a Russian noun's genitive ("воды", "реки", "гаги", "моря", "Дона", "льдов", "людей", "земель" is left)
_GENITIVE = ("а", "я", "ы", "и", "ов", "ев", "ей")


def source_adjective(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer's adjective of a phrase's noun said after "из", or (-1, -1)."""
    if phrase.lang.code != "ru" or want.exact or want.direction or not want.word.isalpha():
        return -1, -1
    places = [i for i, word in enumerate(phrase.words) if word == want.word and i]
    after_from = any(phrase.words[i - 1] in _FROM for i in places)
    heads = {phrase.stems[i - 1] for i in places if _qualified(phrase, i)}
    if not after_from and not heads:
        return -1, -1
    for j in answer.content():
        word, stem = answer.words[j], answer.stems[j]
        if stem not in avoid and not answer.dirs[j] and word.isalpha() and (after_from or _beside(answer, j, heads)) \
                and answer.lang.related(word, want.word):
            return 0, j
    return -1, -1


def _qualified(phrase: Prepared, i: int) -> bool:
    """Does the phrase's word at i stand in the genitive right after a noun of its clause ("воды Сырдарьи")? Read by
    its ending, after a content word of the same clause that is no adjective (whose thing a genitive names)."""
    head = phrase.words[i - 1]
    return phrase.words[i].endswith(_GENITIVE) and phrase.clauses[i] == phrase.clauses[i - 1] \
        and head.isalpha() and (i - 1) in phrase.content() and not head.endswith(RUSSIAN_TUTOR.adjective_endings)


def _beside(answer: Prepared, j: int, heads: set[str]) -> bool:
    """Is the answer's word at j right before or after a word of one of the stems `heads` ("сырдарьинской воды")?"""
    return any(0 <= k < len(answer.words) and answer.stems[k] in heads and answer.clauses[k] == answer.clauses[j]
               for k in (j - 1, j + 1))
