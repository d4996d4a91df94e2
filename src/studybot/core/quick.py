"""Quick tests run on every answer before a long search: a text that fails one is left as it is, unsearched.
Each is proved against the long way in tests/test_shortcuts_speed.py."""

from __future__ import annotations

import re

__all__ = ["any_piece"]


def any_piece(pieces: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text wherever one of `pieces` is in it, grouped by first character ("t(?:wice|o )"),
    so that the search tries a piece only where its first character stands. A piece's leading spaces are left
    out: the pattern is also found where the piece is not (it is a test before the search, never the search)."""
    firsts: dict[str, list[str]] = {}
    for piece in dict.fromkeys(p.lstrip() or p for p in pieces):
        firsts.setdefault(piece[0], []).append(re.escape(piece[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
                               for first, rests in firsts.items()))
