"""A blank answered with the text's own words around it: "no heed" for the blank of "paid no ___", "не знал
покоя" for "не знал ___", "heed to the toll" for "paid no ___ to the toll". The words repeated are the text's, not
the answerer's: what fills the blank is the rest. Only a run of the words right next to the blank, as the text
writes them, is taken off ("not heed" keeps its "not": the text says "no")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared

__all__ = ["without_context"]

_BLANK = re.compile(r"\{\{([^|}]*)[^}]*\}\}")  # a cloze's blank and its first wording
_NEAR = 4  # words of the text on each side of a blank that an answer may repeat


def without_context(text: str, index: int, piece: Prepared, prep: Callable[[str], Prepared]) -> Prepared | None:
    """The answer to blank `index` of a cloze `text` without the text's words next to the blank that it repeats
    before or after its own; None when it repeats none (or nothing else is left)."""
    blanks = list(_BLANK.finditer(text))
    if index >= len(blanks):
        return None
    at = blanks[index]
    before = prep(_BLANK.sub(r"\1", text[:at.start()])).words[-_NEAR:]
    after = prep(_BLANK.sub(r"\1", text[at.end():])).words[:_NEAR]
    words = piece.words
    start = next((len(before) - k for k in range(len(before)) if words[:len(before) - k] == before[k:]), 0)
    end = next((n for n in range(len(after), 0, -1) if n <= len(words) and words[len(words) - n:] == after[:n]), 0)
    if not start and not end or start >= len(words) - end:
        return None
    return prep(" ".join(words[start:len(words) - end]))
