"""A point made in one clause of an answer whose other clause says the opposite of it: "penicillin blocks the
bacterial cell wall, and human cells have no cell wall" makes "human cells have no cell wall", though the first
"cell wall" is not negated. A rule of the language: a negation's scope ends at its clause, so a negated point is
looked for clause by clause (at a comma, a semicolon, or a contrasting "but", "whereas", "а", "но")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Match, Prepared, find_phrase

__all__ = ["in_one_clause"]

_PARTS = re.compile(r"[,;:.\n()—]+(?!\d)")
_CLAUSES = re.compile(r"[,;\n]+(?!\d)|\s(?:but|whereas|while|а|но|однако)\s")


def in_one_clause(ref: Prepared, got: Prepared, prep: Callable[[str], Prepared], skip: frozenset[str],
                  negation: bool | None) -> Match | None:
    """The phrase made, negated as asked, within one clause of the answer (at the answer's own positions), or
    None (one clause only, or none makes it)."""
    index = got.stem_index()  # (only a word said twice can be said once each way)
    if not any(len(index.get(want.stem, ())) >= 2 for want in ref.wanted(skip)):
        return None
    pieces = [p for p in _CLAUSES.split(got.text) if p and p.strip()]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        mine = prep(piece)
        found = find_phrase(ref, mine, skip=skip, negation=negation)
        if found is not None:  # (at the answer's positions: where the clause's words stand among them)
            n = len(mine.words)
            start = next((s for s in range(len(got.words) - n + 1) if got.words[s:s + n] == mine.words), None)
            return None if start is None else Match(tuple(start + p for p in found.positions), found.typo, found.text)
    return None


def said_plainly(ref: Prepared, point: Prepared, prep: Callable[[str], Prepared]) -> bool:
    """Does the point say the wording's words unnegated, in a part of it (between commas or semicolons) that
    has no negation ("лава вязкая, газы не могут выйти" says "вязкая лава" plainly; "не хотели присоединяться и
    быть на вторых ролях" does not say "вторых ролях" so), so that an answer denying them ("лава не вязкая")
    misses it?"""
    pieces = [p for p in _PARTS.split(point.text) if p.strip()]
    return len(pieces) > 1 and any(not (mine := prep(piece)).negated() and find_phrase(ref, mine, negation=None)
                                   is not None for piece in pieces)
