"""A keypoint's word written as one that an answer says as its two parts, for a word not found otherwise
(`meaning.same_meaning_in`, issue #11): rules of word formation, nothing of one text.

- English: a closed compound ("spacewalks", "moonquake", "birthrate") said as its head, a preposition (and an
  article) and its first part ("walks in space", "a quake on the moon", "the rate of births"); the first part must be
  the answer's very word, the head of its stem. (The parts said side by side, "space walks", are
  `Prepared._compound`'s.)
- Russian: a compound adjective joined by "о" / "е" ("коротковолновый", "тихоокеанский", "средневолновый") said as
  an adjective and its noun ("короткие волны", "тихого океана"), side by side or the adjective in a list of them
  before the noun they share ("короткие, средние и длинные волны": `shared_heads`).
Both parts are at least three letters; a part of the answer's words said once makes no other word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .shared_heads import list_items, shared_head

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["said_in_parts"]

_PART = 3  # letters at least in each part
_LINKS_RU = "ое"  # the vowels that join a Russian compound's parts
_ENDING_RU = 5  # letters at most after the noun's stem in the compound ("волн|овый", "океа|нское")
_BETWEEN_EN = 2  # words at most between an English head and its first part ("in", "on the")


def said_in_parts(want: Want, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, the position of the head) of an answer that says a wanted compound in its two parts, neither of them a
    word of `avoid` (a known mistake's), or (-1, -1)."""
    word = want.word
    if want.exact or want.direction or not word.isalpha():
        return -1, -1
    if answer.lang.code == "ru" and len(word) >= 8:
        found = _russian(word, answer)
    else:
        found = _english(word, answer) if answer.lang.code == "en" and len(word) >= 7 else None
    return (0, found[0]) if found is not None and avoid.isdisjoint(answer.stems[j] for j in found) else (-1, -1)


def _english(word: str, answer: Prepared) -> tuple[int, int] | None:
    """(the head's position, the first part's) of "walks in space" for "spacewalks", or None."""
    content, stem = set(answer.content()), answer.lang.stem
    for i in range(_PART, len(word) - _PART + 1):
        first, head = word[:i], stem(word[i:])
        for j in answer.content():
            if answer.stems[j] != head or len(head) < _PART:
                continue
            for k in range(j + 2, min(j + 2 + _BETWEEN_EN, len(answer.words))):
                if answer.words[k] == first and answer.clauses[k] == answer.clauses[j] \
                        and not content.intersection(range(j + 1, k)):
                    return j, k
    return None


def _russian(word: str, answer: Prepared) -> tuple[int, int] | None:
    """(the head's position, the adjective's) of "короткие волны" for "коротковолновый", or None."""
    content = answer.content()
    for i in range(_PART, len(word) - _PART):
        if word[i] not in _LINKS_RU:
            continue
        first, rest = word[:i], word[i + 1:]
        heads = [j for j in content if len(answer.stems[j]) >= _PART and rest.startswith(answer.stems[j])
                 and len(rest) - len(answer.stems[j]) <= _ENDING_RU]
        if not heads:
            continue
        firsts = [k for k in content if answer.words[k].startswith(first) and len(answer.stems[k]) >= _PART
                  and first.startswith(answer.stems[k])]
        for j in heads:
            for k in firsts:
                if k == j - 1 and answer.clauses[k] == answer.clauses[j] \
                        or k < j and shared_head(answer, (k, j), list_items(answer)):
                    return j, k
    return None
