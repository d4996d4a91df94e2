"""A place given with its region in a list ("the Bay of Fundy, Nova Scotia, and Mont-Saint-Michel, France"): the
region is no claim of its own, so it does not count towards a dump of claims (`unsupported_claims`). A rule of
writing places, no word of a text: the region is a name (every word written with a capital) that comes right after
a claim the card's wordings support, and is not followed by another unsupported claim ("Funston, Schmitz, Lawson
and Reid" names two people more, not a region)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..matching import Prepared, overlap
from ..packs import Card

__all__ = ["DUMP_CLAIMS", "region_of_place", "unsupported_claims"]

DUMP_CLAIMS = 2  # separate claims that no keypoint supports, from which an answer is a dump


def region_of_place(pieces: Sequence[Prepared], unsupported: Sequence[bool], i: int, got: Prepared) -> bool:
    """Is unsupported claim `i` of the answer `got` (its `pieces`) the region of the supported claim before it?"""
    words = [pieces[i].words[j] for j in pieces[i].content()]
    return bool(words) and i > 0 and not unsupported[i - 1] and bool(pieces[i - 1].content()) \
        and (i + 1 == len(pieces) or not unsupported[i + 1]) and all(w in got.capitalised for w in words)


def unsupported_claims(card: Card, got: Prepared, covered: int, prep: Callable[[str], Prepared]) -> list[str]:
    """The separate claims of an answer ("a, b, c and d") that share no word with any keypoint, its accepted wordings
    or the prompt: a dump hoping one is right."""
    claims = [c.strip() for c in re.split(r"[;,]|\s(?:and|и|then|also)\s", got.text) if c.strip()]
    if len(claims) < covered + DUMP_CLAIMS:
        return []  # each point made takes a claim: too few left over to be a dump
    wordings = [prep(t) for t in (card.prompt, card.answer,
                                  *(w for kp in card.keypoints for w in (kp.point, *kp.accept)))]
    pieces = [prep(claim) for claim in claims]
    lone = [bool(p.content()) and not any(overlap(p, ref) > 0 for ref in wordings) for p in pieces]
    return [c for i, c in enumerate(claims) if lone[i] and not region_of_place(pieces, lone, i, got)]
