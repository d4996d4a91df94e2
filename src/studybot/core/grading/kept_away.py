"""A point about keeping a thing away ("to stop the spread of X", "a buffer against deflation") is made also where
the answer negates that thing ("so we don't slip into deflation"): its wordings of the thing are wanted negated or
not (`structured._wanted_as`). A wording with the deed before the point's "against" ("protested against the cuts")
is not one of them: "no protest against the cuts" negates the deed. Only the language's words: none of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["keeps_away"]


def keeps_away(point: Prepared, ref: Prepared) -> bool:
    """Is an affirmative point about keeping a thing away ("to stop the spread of X", "a buffer against deflation"),
    and its wording `ref` of the thing kept away? A wording with a word the point says before its "against" has the
    act of keeping away in it ("protested against the cuts"): "no protest against the cuts" negates that act."""
    if point.negated():
        return False
    if not point.lang.preventers.isdisjoint(point.stems):
        return True
    at = next((i for i, word in enumerate(point.words) if word in point.lang.lex.against), None)
    return at is not None and {point.stems[i] for i in point.content() if i < at}.isdisjoint(ref.stems)
