"""Two points that each pair two things ("Harwick, glass", "Lindmoor, clocks") made by an answer
that pairs them the other way round, one thing of each point in each of two clauses ("in Harwick he made
clocks, and in Lindmoor glass", "в Линдморе делал стекло, а в Гервице часы"): each clause
says one pairing, and neither is the point's, so neither point is made. Rules of how a sentence pairs things (each
clause its own pair), not words of a text; only for points met by two words each (longer points are met by words
spread over the answer's clauses without pairing anything)."""

from __future__ import annotations

__all__ = ["crossed_pairs"]

_PAIR = 2  # words that meet a point of two things


def crossed_pairs(places: list[tuple[int, ...]], of: list[int]) -> set[int]:
    """The points (by index) met each by two words in two clauses (`of`: the clause of each answer word), where
    another point is met in the same two clauses: one word of each in each clause."""
    out: set[int] = set()
    spread = {i: frozenset(of[j] for j in at) for i, at in enumerate(places) if len(at) == _PAIR}
    for a, clauses in spread.items():
        if len(clauses) != _PAIR:
            continue
        for b, theirs in spread.items():
            if b > a and theirs == clauses and set(places[a]).isdisjoint(places[b]):
                out |= {a, b}
    return out
