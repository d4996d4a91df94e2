"""A cloze blank of a comparative of amount or size ("k was {{greater}} than one", "{{more}} looms", "{{меньше}}") is
filled by any word of more or less the same way ("more", "higher", "larger", "bigger" for "greater"; "fewer",
"smaller", "lower" for "less"), each said alone: in a blank that compares, they say the same amount. The other way
("less" for "greater") stays wrong, and so does a comparative of another property ("warmer"). The language's
comparison words (`lexicon_compare`), no word of a text."""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon_compare import AMOUNTS, COMPARISONS
from ..matching import Prepared

__all__ = ["comparative_filled"]


def comparative_filled(alternatives: Iterable[Prepared], piece: Prepared) -> bool:
    """Is the piece a comparative of amount that says the way a blank's comparative of amount says?"""
    cmp = COMPARISONS.get(piece.lang.code)
    if cmp is None or not piece.words:
        return False
    plain = cmp.markers | AMOUNTS.get(piece.lang.code, frozenset())
    way = piece.direction()
    if not way or not set(piece.words) <= plain or not cmp.markers & set(piece.words):
        return False
    return any(ref.words and set(ref.words) <= plain and ref.direction() == way for ref in alternatives)
