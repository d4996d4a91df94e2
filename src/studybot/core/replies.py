"""A reply's "No," ("Нет,") opening an answer to a yes/no question: a clause of its own, it negates none of what
follows ("Нет, на Ангаре" says where, and does not deny it). When a wording and an answer both open so, the words
they share are compared negated or not as each says them there; the reply itself is compared by the card's
mistakes ("да"). Rules of English and Russian replies, not words of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["ANSWER_NO", "phrase_negated"]

ANSWER_NO = frozenset(("no", "нет"))  # a reply's "no" (before a negated statement it agrees with it)


def _replies_no(text: Prepared) -> bool:
    return len(text.words) > 1 and text.words[0] in ANSWER_NO and text.clauses[1] != text.clauses[0]


def phrase_negated(phrase: Prepared, answer: Prepared, wanted: tuple[Want, ...]) -> bool:
    """Is a wording negated, for `matching.find_phrase`: as a whole, or, when it and the answer both open with the
    reply "No,", where its wanted words are?"""
    if not phrase.negated():
        return False
    if not (_replies_no(phrase) and _replies_no(answer)):
        return True
    words = {want.word for want in wanted}
    return any(phrase.negated_at(i) for i in phrase.content() if phrase.words[i] in words)
