"""A function word that is the whole predicate of its clause: "the air was still" says what the air was, as an
adjective would, and is made only by an answer that says it (`matching.Prepared.content`)."""

from __future__ import annotations

__all__ = ["predicative"]

# function words that are an adjective after a copula at the end of a clause ("the air was still": not moving), by
# language ("over" left out: "the war was over" is made by "the war was ending"), and the copulas they follow
_PREDICATIVE = {"en": frozenset(("still",))}
_COPULAS = frozenset("is was were are be been being remained remains stayed stays seemed seems became becomes".split())


def predicative(words: list[str], clauses: list[int], i: int, code: str) -> bool:
    """Is word `i` such a function word, right after a copula and closing its clause ("the air was still")?"""
    return words[i] in _PREDICATIVE.get(code, ()) and i > 0 and words[i - 1] in _COPULAS \
        and clauses[i - 1] == clauses[i] and (i + 1 == len(words) or clauses[i + 1] != clauses[i])
