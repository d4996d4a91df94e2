"""A reciprocal pronoun ("each other", "one another", "друг друга", "друг с другом") says the parts act on one
another; its "other" is no opposite of "same" ("the seas are level with each other" for "the seas are at the same
level"), nor its "друг" a friend. Rules of English and Russian, no word of one text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["paired_ones", "reciprocal"]

# the first word of a reciprocal and its second (which a preposition may come between in Russian: "друг с другом")
_PAIRS = {"en": (frozenset(("each", "one", "1")), frozenset(("other", "another", "other's"))),  # ("one" read "1")
          "ru": (frozenset(("друг",)), frozenset(("друга", "другу", "другом", "друге")))}
_BETWEEN = 1  # words between the two halves ("друг о друге", "друг к другу")
# the "other" of a distributive pair: "immunity to one protects against the other", "один защищает от другого"
_OTHERS = {"en": frozenset(("other", "another")),
           "ru": frozenset("другой другая другое другие другого другому другим другом другой другую других".split())}
_PAIR_SPAN = 6  # words from "one" to its "other"


def reciprocal(text: Prepared, i: int) -> bool:
    """Is the word at i a half of a reciprocal pronoun?"""
    pair = _PAIRS.get(text.lang.code)
    if pair is None:
        return False
    first, second = pair
    words, word = text.words, text.words[i]
    if word in second:
        return any(words[k] in first for k in range(max(0, i - 1 - _BETWEEN), i))
    if word in first:
        return any(words[k] in second for k in range(i + 1, min(len(words), i + 2 + _BETWEEN)))
    return False


def paired_ones(text: Prepared) -> frozenset[int]:
    """The places of a "one" that is the first half of a distributive pair ("immunity to one protects against the
    other", "один вирус защищает от другого"), read as the figure 1 but counting nothing: a pronoun."""
    others = _OTHERS.get(text.lang.code, frozenset())
    words, clauses = text.words, text.clauses
    return frozenset(i for i, word in enumerate(words) if word == "1" and any(
        words[k] in others and clauses[k] == clauses[i] for k in range(i + 1, min(len(words), i + 1 + _PAIR_SPAN))))
