"""English: a keypoint that says "no" of a thing ("it contains no iron") made by an answer that says "none" in its
place, the thing left for the question or the point to name ("common salt contains none", "there is none in it"):
the point is tried once more with "none" for "no" and its noun. Not "none of" (a part of a group: "none of the
towns"), nor a point whose "no" stands before a figure or no noun. A rule of English, no word of a text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import normalise

__all__ = ["none_wordings"]

_NONE = re.compile(r"\bnone\b(?!\s+of\b)")
# "no" and the noun it denies, one or two words, up to the end of the clause or a preposition
_NO_THING = re.compile(r"\bno ((?:[a-z]+ )?[a-z]+)(?=$|[,;.]| (?:in|at|on|for|to|from|with|by|of|left|at all)\b)")


def none_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording that says "no X", with "none" in place of "no X", where the answer says "none" (not "none of")."""
    if got.lang.code != "en" or not _NONE.search(normalise(got.written)):
        return ()
    return tuple(said for text in map(normalise, wordings) if (said := _NO_THING.sub("none", text, count=1)) != text)
