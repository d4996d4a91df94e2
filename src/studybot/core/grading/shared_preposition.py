"""A preposition said once before two nouns joined by "и" / "and" governs both: "на торфе и угле" is "на торфе и на
угле", "by rail and sea" is "by rail and by sea". So a known mistake of a preposition and its noun ("на угле", "by
sea") is said by the second noun too. A rule of the language, no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["said_after_shared_preposition"]

_JOINS = {"ru": frozenset(("и",)), "en": frozenset(("and",))}
_BETWEEN = 2  # words of the first noun's phrase at most ("на буром торфе и угле")


def said_after_shared_preposition(want: Prepared, got: Prepared) -> bool:
    """Does an answer say a pattern of a preposition and a noun ("на угле") as the second of two nouns after one
    preposition ("на торфе и угле"), negated alike? Only content words stand between the preposition and "и"."""
    joins = _JOINS.get(got.lang.code)
    if joins is None or len(want.words) != 2 or 0 in want.content() or 1 not in want.content():
        return False
    content = set(got.content())
    for i in got.positions_of_stem(want.stems[1]):
        if i < 3 or got.words[i - 1] not in joins or got.negated_at(i) != want.negated():
            continue
        for k in range(i - 3, max(-1, i - 3 - _BETWEEN), -1):
            if got.words[k] == want.words[0] and got.clauses[k] == got.clauses[i - 2]:
                return all(j in content for j in range(k + 1, i - 1))
            if k not in content:
                break
    return False
