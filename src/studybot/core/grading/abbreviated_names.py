"""A place name with its first word abbreviated as English writes it: a point of the compass by its letter ("N.
Dakota", "S Carolina", "W. Virginia"), "Mt." for Mount, "Ft." for Fort, "St." for Saint. Read as the full word only
where the card's own texts write that word right before the same next word ("North Dakota"), so "N. Dakota" is never
"South Dakota" ("E. Dakota" is read as east where the card writes a point of the compass there), and a letter
before a word the card never names so stays as typed (an initial: "W. Smith"). General English abbreviations, no
name of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["abbreviations_written_out"]

_FULL = {"n": ("north",), "s": ("south", "saint"), "e": ("east",), "w": ("west",), "mt": ("mount",),
         "ft": ("fort",), "st": ("saint",)}
_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}
_POINTS = "|".join(_COMPASS.values())
# the abbreviation (its dot optional), then the word it stands before
_SHORT = re.compile(r"(?<![\w.'-])(n|s|e|w|mt|ft|st)(?:\.\s*|\s+)([^\W\d_]{3,})", re.IGNORECASE)


def abbreviations_written_out(answer: str, texts: Iterable[str]) -> str | None:
    """The answer with each abbreviated first word of a name written as the card's texts write it before the same
    next word, or None when there is none."""
    if not _SHORT.search(answer):
        return None
    said = " ".join(texts).casefold()
    changed = False

    def full(m: re.Match[str]) -> str:
        nonlocal changed
        short, after = m.group(1).casefold(), m.group(2).casefold()
        word = next((w for w in _FULL[short] if re.search(rf"\b{w} {re.escape(after)}\b", said)), None)
        if word is None and short in _COMPASS and re.search(rf"\b(?:{_POINTS}) {re.escape(after)}\b", said):
            word = _COMPASS[short]  # "E. Dakota" where the card writes "North Dakota": east, and wrong
        if word is None:
            return m.group(0)
        changed = True
        return f"{word} {m.group(2)}"

    read = _SHORT.sub(full, answer)
    return read if changed else None
