"""What would happen otherwise, said as a purpose that it not happen: a reason in the conditional ("the drones
would eat the honey stores", "число хромосом удваивалось бы") is made by a purpose with a negation ("so that
they don't eat the honey", "чтобы число хромосом не удваивалось"): both name the outcome a thing is done to avoid.
Rules of English and Russian (the conditional's word, a clause of purpose), not words of a text."""

from __future__ import annotations

from ..matching import Match, Prepared, find_phrase
from .aims import purpose_said

__all__ = ["averted_as_purpose"]

# the word of the conditional: what would happen (not "could": what can happen is no outcome avoided)
CONDITIONAL = {"en": frozenset(("would", "'d")), "ru": frozenset(("бы", "б"))}


def averted_as_purpose(point: Prepared, ref: Prepared, got: Prepared, skip: frozenset[str]) -> Match | None:
    """A wording of a point in the conditional ("would eat the honey") met, negated, in an answer with a clause
    of purpose ("so that they don't eat the honey")."""
    if not got.negated() or CONDITIONAL.get(point.lang.code, frozenset()).isdisjoint(point.words) \
            or point.negated() or ref.negated() or not purpose_said(got) or not ref.content():
        return None
    return find_phrase(ref, got, skip=skip, negation=True)
