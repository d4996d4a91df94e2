"""A place given with its region in a list ("the Bay of Fundy, Nova Scotia, and Mont-Saint-Michel, France"): the
region is no claim of its own, so it does not count towards a dump of claims (`structured.DUMP_CLAIMS`). A rule of
writing places, no word of a text: the region is a name (every word written with a capital) that comes right after
a claim the card's wordings support, and is not followed by another unsupported claim ("Funston, Schmitz, Lawson
and Reid" names two people more, not a region)."""

from __future__ import annotations

from collections.abc import Sequence

from ..matching import Prepared

__all__ = ["region_of_place"]


def region_of_place(pieces: Sequence[Prepared], unsupported: Sequence[bool], i: int, got: Prepared) -> bool:
    """Is unsupported claim `i` of the answer `got` (its `pieces`) the region of the supported claim before it?"""
    words = [pieces[i].words[j] for j in pieces[i].content()]
    return bool(words) and i > 0 and not unsupported[i - 1] and bool(pieces[i - 1].content()) \
        and (i + 1 == len(pieces) or not unsupported[i + 1]) and all(w in got.capitalised for w in words)
