"""A point that denies what is done ("without strong icebreakers a cargo ship cannot pass") is not made by an
answer that denies only a thing ("a cargo ship passes without icebreakers"): "without" / "без" negates the thing it
governs, and counting it for the point's "cannot" took the opposite claim for the point. A rule of English and
Russian negation, nothing of one text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["privative_only"]

_PRIVATIVES = frozenset({"without", "без"})  # negators of a thing ("without icebreakers"), not of what is done


def privative_only(point: Prepared, got: Prepared, pairs: list[tuple[int, int]]) -> bool:
    """Does the point deny what is done ("without icebreakers a ship cannot pass") where the answer, in its clauses,
    denies only a thing ("a ship passes without icebreakers"): the one negation counted for the other?"""
    if not any(point.negated_at(i) and not got.negated_at(j) for i, j in pairs):
        return False
    clauses = {got.clauses[j] for _, j in pairs}
    return not any(w in got.lang.lex.negators and w not in _PRIVATIVES and c in clauses
                   for w, c in zip(got.words, got.clauses, strict=True))
