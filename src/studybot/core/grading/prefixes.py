"""Two Russian verbs that differ only by their prefix are two verbs, never a slip of one: "втекает" / "вытекает"
(flows in / flows out), "ввёз" / "вывез", "пришёл" / "ушёл". A rule of Russian word formation: the prefix carries
the direction, so a letter that turns one prefix into another is no typo."""

from __future__ import annotations

from ..matching import Match, Prepared
from ..ru_families import other_prefix

__all__ = ["prefix_swapped"]

def prefix_swapped(ref: Prepared, got: Prepared, match: Match) -> bool:
    """Does a match made with a typo pair a verb of the reference with the same verb under another prefix?"""
    if not match.typo or got.lang.code != "ru":
        return False
    mine = [got.words[j] for j in match.positions]
    return any(other_prefix(w, ref.words[i]) for w in mine for i in ref.content())
