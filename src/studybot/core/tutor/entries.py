"""Finding an entry of a word list (a phrase of stems: "Secretary of State", "провозгласить независимость")
in a sentence's stems, in order, a longer form of a stem standing for it."""

from __future__ import annotations

__all__ = ["PHRASE_PREFIX", "in_order", "same_stem"]

PHRASE_PREFIX = 5  # stems this long match the stems of an entry they begin (or that begin them)


def same_stem(a: str, b: str) -> bool:
    """The same stem, or one the longer form of the other ("провозглас" / "провозглаша")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= PHRASE_PREFIX and long.startswith(short) and len(long) - len(short) <= 2


def in_order(entry: tuple[str, ...], seq: list[str], start: int, gap: bool) -> list[int] | None:
    """Positions of `entry`'s stems in `seq` from `start`, in order (with `gap`, at most one
    other word between them; a name has none: "US Assistant Secretary of State" is not "US
    Secretary of State")."""
    positions: list[int] = []
    j = start
    for k, st in enumerate(entry):
        limit = j + 1 if k == 0 or not gap else j + 2
        while j < len(seq) and j < limit and not same_stem(st, seq[j]):
            j += 1
        if j >= len(seq) or j >= limit:
            return None
        positions.append(j)
        j += 1
    return positions
